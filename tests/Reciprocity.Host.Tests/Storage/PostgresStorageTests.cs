using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Npgsql;
using Reciprocity.Storage;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Storage;

public sealed class PostgresStorageTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    // Storage query rows plus clustering query rows, as installed by postgres.sql.
    private const long QueryRows = 4 + 9;
    private static readonly TimeSpan CallLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Schema_creation_twice_is_idempotent_and_replaces_the_queries()
    {
        using var folder = new TempFolder();
        await using var database = StorageContract.OpenDatabase("Postgres", await server.CreateDatabaseAsync(), folder.Path);

        await StorageContract.InstallSchemaAsync(database);
        await StorageContract.ExecuteAsync(database,
            "INSERT INTO ReciprocityGrainState VALUES ('svc', 'type', 0, 1, '', '\\x01', 3, now());" +
            "UPDATE OrleansQuery SET QueryText = 'stale' WHERE QueryKey = 'MembershipReadAllKey';");
        await StorageContract.InstallSchemaAsync(database);

        Assert.Equal(QueryRows, await StorageContract.CountAsync(database, "SELECT COUNT(*) FROM OrleansQuery;"));
        Assert.Equal(0, await StorageContract.CountAsync(database, "SELECT COUNT(*) FROM OrleansQuery WHERE QueryText = 'stale';"));
        Assert.Equal(1, await StorageContract.CountAsync(database, "SELECT COUNT(*) FROM ReciprocityGrainState WHERE Version = 3;"));
    }

    [Fact]
    public async Task Schema_creation_from_four_hosts_at_once_succeeds()
    {
        using var folder = new TempFolder();
        var connectionString = await server.CreateDatabaseAsync();
        var databases = Enumerable.Range(0, 4).Select(_ => StorageContract.OpenDatabase("Postgres", connectionString, folder.Path)).ToArray();
        try
        {
            await Task.WhenAll(databases.Select(StorageContract.InstallSchemaAsync)).WaitAsync(CallLimit);
            Assert.Equal(QueryRows, await StorageContract.CountAsync(databases[0], "SELECT COUNT(*) FROM OrleansQuery;"));
        }
        finally
        {
            foreach (var database in databases)
            {
                await database.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task State_written_by_one_silo_is_read_back_by_the_next_and_no_password_is_logged()
    {
        using var folder = new TempFolder();
        // Trust auth ignores the password, so it can stand in for a real one that must never reach a log.
        const string password = "never-logged-91d4";
        var settings = StorageSilo.Settings("Postgres", await server.CreateDatabaseAsync() + $";Password={password}");
        var key = Guid.NewGuid().ToString();

        var first = await StorageSilo.StartAsync(settings, folder.Path, LogLevel.Debug);
        await using (first)
        {
            await first.Grains.GetGrain<IStorageProbeGrain>(key).Write("kept across restarts").WaitAsync(CallLimit);
        }

        Assert.DoesNotContain(first.Log.Lines, line => line.Contains(password, StringComparison.Ordinal));

        await using var second = await StorageSilo.StartAsync(settings, folder.Path);
        Assert.Equal("kept across restarts", await second.Grains.GetGrain<IStorageProbeGrain>(key).Read().WaitAsync(CallLimit));
    }

    [Fact]
    public async Task Two_silos_on_different_ports_join_one_cluster()
    {
        using var folder = new TempFolder();
        var connectionString = await server.CreateDatabaseAsync();
        var settings = StorageSilo.Settings("Postgres", connectionString);

        await using var first = await StorageSilo.StartAsync(settings, folder.Path);
        await using var second = await StorageSilo.StartAsync(settings, folder.Path);

        // Poll the membership table with a deadline: joining is asynchronous, and 3 is SiloStatus.Active.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        long active;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        while (true)
        {
            await using var command = new NpgsqlCommand(
                "SELECT COUNT(*) FROM ReciprocityMembership WHERE DeploymentId = 'storage-tests' AND Status = 3;", connection);
            active = (long)(await command.ExecuteScalarAsync())!;
            if (active == 2 || DateTime.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(100);
        }

        Assert.Equal(2, active);

        // And the cluster works as one: a grain written through one silo reads back through the other.
        var key = Guid.NewGuid().ToString();
        await first.Grains.GetGrain<IStorageProbeGrain>(key).Write("shared").WaitAsync(CallLimit);
        Assert.Equal("shared", await second.Grains.GetGrain<IStorageProbeGrain>(key).Read().WaitAsync(CallLimit));
    }

    [Fact]
    public async Task Readiness_fails_for_a_missing_database_and_passes_with_a_running_silo()
    {
        using var folder = new TempFolder();
        await using (var missing = StorageContract.OpenDatabase("Postgres", server.ConnectionString("no_such_database"), folder.Path))
        {
            var result = await new StorageHealthCheck(missing, new StorageWriteHealth(TimeProvider.System)).CheckHealthAsync(new HealthCheckContext());
            Assert.Equal(HealthStatus.Unhealthy, result.Status);
        }

        await using var silo = await StorageSilo.StartAsync(StorageSilo.Settings("Postgres", await server.CreateDatabaseAsync()), folder.Path);
        Assert.Equal(HealthStatus.Healthy, await silo.ReadinessAsync());
    }

    [Fact]
    public async Task Versions_guard_every_write_and_keys_never_collide()
    {
        using var folder = new TempFolder();
        await using var silo = await StorageSilo.StartAsync(StorageSilo.Settings("Postgres", await server.CreateDatabaseAsync()), folder.Path);

        await StorageContract.VersionsGuardEveryWrite(silo.Storage);
        await StorageContract.KeysNeverCollide(silo.Storage);
    }
}
