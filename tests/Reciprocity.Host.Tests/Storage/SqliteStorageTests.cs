using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Reciprocity.Storage;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Storage;

public sealed class SqliteStorageTests
{
    private static readonly TimeSpan CallLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Schema_creation_twice_on_the_same_file_is_idempotent_and_replaces_the_queries()
    {
        using var folder = new TempFolder();
        await using var database = StorageContract.OpenDatabase("Sqlite", folder.SqliteConnectionString, folder.Path);

        await StorageContract.InstallSchemaAsync(database);
        await StorageContract.ExecuteAsync(database,
            "INSERT INTO ReciprocityGrainState VALUES ('svc', 'type', 0, 1, '', x'01', 3, 0);" +
            "UPDATE OrleansQuery SET QueryText = 'stale' WHERE QueryKey = 'WriteToStorageKey';");
        await StorageContract.InstallSchemaAsync(database);

        Assert.Equal(4, await StorageContract.CountAsync(database, "SELECT COUNT(*) FROM OrleansQuery;"));
        Assert.Equal(0, await StorageContract.CountAsync(database, "SELECT COUNT(*) FROM OrleansQuery WHERE QueryText = 'stale';"));
        Assert.Equal(1, await StorageContract.CountAsync(database, "SELECT COUNT(*) FROM ReciprocityGrainState WHERE Version = 3;"));
    }

    [Fact]
    public async Task The_file_is_in_WAL_mode_and_every_writer_connection_syncs_fully()
    {
        using var folder = new TempFolder();
        await using var database = StorageContract.OpenDatabase("Sqlite", folder.SqliteConnectionString, folder.Path);
        await StorageContract.InstallSchemaAsync(database);

        // A plain connection, not ours: WAL is a property of the file.
        await using (var plain = new SqliteConnection(folder.SqliteConnectionString))
        {
            await plain.OpenAsync();
            await using var journal = new SqliteCommand("PRAGMA journal_mode;", plain);
            Assert.Equal("wal", (string?)await journal.ExecuteScalarAsync());
        }

        // Every writer (group commit, schema installer, clean-up) opens its connection through the file; reads need no sync.
        using var writer = database.Sqlite!.OpenWriter();
        await using var pragmas = writer.CreateCommand();
        pragmas.CommandText = "PRAGMA synchronous;";
        Assert.Equal(2L, await pragmas.ExecuteScalarAsync()); // 2 = FULL
        pragmas.CommandText = "PRAGMA busy_timeout;";
        Assert.Equal(5000L, await pragmas.ExecuteScalarAsync());
        pragmas.CommandText = "PRAGMA secure_delete;";
        Assert.Equal(1L, await pragmas.ExecuteScalarAsync());
    }

    [Fact]
    public async Task State_written_by_one_silo_is_read_back_by_the_next_on_the_same_file()
    {
        using var folder = new TempFolder();
        var settings = StorageSilo.Settings("Sqlite", folder.SqliteConnectionString);
        var key = Guid.NewGuid().ToString();
        const string secret = "a sealed perspective 5c1f";

        // Trace: the most the providers ever log, and still neither the state nor the connection string.
        var first = await StorageSilo.StartAsync(settings, folder.Path, LogLevel.Trace);
        await using (first)
        {
            await first.Grains.GetGrain<IStorageProbeGrain>(key).Write(secret).WaitAsync(CallLimit);
        }

        Assert.DoesNotContain(first.Log.Lines, line => line.Contains(secret, StringComparison.Ordinal));
        Assert.Contains(first.Log.Lines, line => line.Contains("Storage schema ready", StringComparison.Ordinal));

        await using var second = await StorageSilo.StartAsync(settings, folder.Path);
        Assert.Equal(secret, await second.Grains.GetGrain<IStorageProbeGrain>(key).Read().WaitAsync(CallLimit));
    }

    [Fact]
    public async Task Sixty_four_grains_writing_at_once_all_complete()
    {
        using var folder = new TempFolder();
        await using var silo = await StorageSilo.StartAsync(StorageSilo.Settings("Sqlite", folder.SqliteConnectionString), folder.Path);
        var grains = Enumerable.Range(0, 64).Select(i => silo.Grains.GetGrain<IStorageProbeGrain>($"concurrent-{i}")).ToArray();

        await Task.WhenAll(grains.Select(async (grain, i) =>
        {
            for (var write = 0; write < 20; write++)
            {
                await grain.Write($"{i}:{write}");
            }
        })).WaitAsync(TimeSpan.FromMinutes(2));

        var values = await Task.WhenAll(grains.Select(grain => grain.Read())).WaitAsync(CallLimit);
        Assert.Equal(Enumerable.Range(0, 64).Select(i => $"{i}:19"), values);
    }

    [Fact]
    public async Task Versions_guard_every_write_and_keys_never_collide()
    {
        using var folder = new TempFolder();
        await using var silo = await StorageSilo.StartAsync(StorageSilo.Settings("Sqlite", folder.SqliteConnectionString), folder.Path);

        await StorageContract.VersionsGuardEveryWrite(silo.Storage);
        await StorageContract.KeysNeverCollide(silo.Storage);
    }

    [Fact]
    public async Task Readiness_fails_until_the_schema_exists_and_passes_with_a_running_silo()
    {
        using var folder = new TempFolder();
        await using (var database = StorageContract.OpenDatabase("Sqlite", folder.SqliteConnectionString, folder.Path))
        {
            var before = await new StorageHealthCheck(database, new StorageWriteHealth(TimeProvider.System)).CheckHealthAsync(new HealthCheckContext());
            Assert.Equal(HealthStatus.Unhealthy, before.Status);
        }

        await using var silo = await StorageSilo.StartAsync(StorageSilo.Settings("Sqlite", folder.SqliteConnectionString), folder.Path);
        Assert.Equal(HealthStatus.Healthy, await silo.ReadinessAsync());
    }

    [Fact]
    public async Task A_cleared_grain_starts_again_from_its_default_state()
    {
        using var folder = new TempFolder();
        await using var silo = await StorageSilo.StartAsync(StorageSilo.Settings("Sqlite", folder.SqliteConnectionString), folder.Path);
        var grain = silo.Grains.GetGrain<IStorageProbeGrain>(Guid.NewGuid().ToString());

        await grain.Write("before").WaitAsync(CallLimit);
        await grain.Clear().WaitAsync(CallLimit);
        Assert.Null(await grain.Read().WaitAsync(CallLimit));
        await grain.Write("after").WaitAsync(CallLimit);
        Assert.Equal("after", await grain.Read().WaitAsync(CallLimit));
    }
}
