using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Runtime;
using Orleans.Storage;
using Reciprocity.Storage;

namespace Reciprocity.Host.Tests.Storage;

/// <summary>What both databases must do the same way: the provider's version contract, and the schema on its own.</summary>
internal static class StorageContract
{
    private const string GrainType = "Reciprocity.Tests.Probe";

    public static StorageDatabase OpenDatabase(string provider, string connectionString, string contentRoot, StorageTestHooks? hooks = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(StorageSilo.Settings(provider, connectionString)).Build();
        var settings = StorageSettings.Read(configuration, new HostingEnvironment { ContentRootPath = contentRoot });
        return StorageDatabase.Open(settings, hooks);
    }

    /// <summary>A typed write of row (svc, probe, 0, <paramref name="n"/>) straight to the database's group commit.</summary>
    public static GrainRowWrite Row(int n, int? expectedVersion = null, string serviceId = "svc") =>
        GrainRowWrite.Store(new GrainRowKey(serviceId, "probe", 0, n, null, 0, 0), expectedVersion, [1]);

    public static Task InstallSchemaAsync(StorageDatabase database) =>
        new SchemaInstaller(database, NullLogger<SchemaInstaller>.Instance).EnsureCreatedAsync(CancellationToken.None);

    public static async Task<long> CountAsync(StorageDatabase database, string sql)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task ExecuteAsync(StorageDatabase database, string sql)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>ETags move on with every write and clear; a stale or missing ETag is refused, never silently overwritten.</summary>
    public static async Task VersionsGuardEveryWrite(IGrainStorage storage)
    {
        var grain = GrainId.Create(GrainType, Guid.NewGuid().ToString());
        var state = new GrainState<StorageProbeState>(new StorageProbeState { Value = "first" });
        await storage.WriteStateAsync(GrainType, grain, state);
        var firstETag = state.ETag;
        Assert.NotNull(firstETag);

        state.State = new StorageProbeState { Value = "second" };
        await storage.WriteStateAsync(GrainType, grain, state);
        Assert.NotEqual(firstETag, state.ETag);

        var stale = new GrainState<StorageProbeState>(new StorageProbeState { Value = "stale" }) { ETag = firstETag };
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(GrainType, grain, stale));
        var secondActivation = new GrainState<StorageProbeState>(new StorageProbeState { Value = "double" });
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(GrainType, grain, secondActivation));

        var read = new GrainState<StorageProbeState>();
        await storage.ReadStateAsync(GrainType, grain, read);
        Assert.Equal("second", read.State!.Value);
        Assert.Equal(state.ETag, read.ETag);
        Assert.True(read.RecordExists);

        await storage.ClearStateAsync(GrainType, grain, state);
        Assert.False(state.RecordExists);
        var cleared = new GrainState<StorageProbeState>();
        await storage.ReadStateAsync(GrainType, grain, cleared);
        Assert.False(cleared.RecordExists);
        Assert.Null(cleared.State!.Value);
        Assert.Equal(state.ETag, cleared.ETag);

        cleared.State = new StorageProbeState { Value = "after clear" };
        await storage.WriteStateAsync(GrainType, grain, cleared);
        var again = new GrainState<StorageProbeState>();
        await storage.ReadStateAsync(GrainType, grain, again);
        Assert.Equal("after clear", again.State!.Value);
    }

    /// <summary>Integer, GUID and string keys, with and without an extension, never share a row.</summary>
    /// <remarks>Orleans maps a string key that parses as hexadecimal to an integer key; "seven" does not.</remarks>
    public static async Task KeysNeverCollide(IGrainStorage storage)
    {
        var type = GrainType + ".Keys";
        var grains = new[]
        {
            GrainId.Create(Orleans.Runtime.GrainType.Create(type), GrainIdKeyExtensions.CreateIntegerKey(7)),
            GrainId.Create(Orleans.Runtime.GrainType.Create(type), GrainIdKeyExtensions.CreateIntegerKey(7, "ext")),
            GrainId.Create(Orleans.Runtime.GrainType.Create(type), GrainIdKeyExtensions.CreateGuidKey(Guid.Empty)),
            GrainId.Create(Orleans.Runtime.GrainType.Create(type), GrainIdKeyExtensions.CreateGuidKey(Guid.Empty, "ext")),
            GrainId.Create(type, "seven"),
        };
        foreach (var grain in grains)
        {
            await storage.WriteStateAsync(type, grain, new GrainState<StorageProbeState>(new StorageProbeState { Value = grain.ToString() }));
        }

        foreach (var grain in grains)
        {
            var read = new GrainState<StorageProbeState>();
            await storage.ReadStateAsync(type, grain, read);
            Assert.Equal(grain.ToString(), read.State!.Value);
        }
    }
}
