using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Audits;

/// <summary>
/// One host on fresh durable storage, shared by a contract test class. The same contract classes run against
/// each storage provider through the fixtures below.
/// </summary>
public abstract class AuditHostFixture : IAsyncLifetime
{
    public ReciprocityFactory Factory { get; private set; } = null!;

    protected abstract string Provider { get; }

    protected string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        ConnectionString = await PrepareStorage();
        Factory = await NewFactory().Ready();
    }

    /// <summary>Another host on the same storage, in a cluster of its own (for restart tests).</summary>
    public ReciprocityFactory NewFactory(bool ownCluster = false) => new(
        ConnectionString,
        Provider,
        ownCluster ? new Dictionary<string, string> { ["Orleans:ClusterId"] = "restart-" + Guid.NewGuid().ToString("N") } : null);

    public async Task<AuditClient> Person(string name) => await AuditClient.Create(Factory.CreateClient(), name);

    /// <summary>Alex and Sam in one relationship: Alex started it, Sam accepted the invite.</summary>
    public async Task<(AuditClient Alex, AuditClient Sam, Guid RelationshipId)> Pair()
    {
        var alex = await Person("Alex");
        var sam = await Person("Sam");
        var (relationshipId, inviteCode) = await alex.StartRelationship("Sam");
        await sam.Accept(inviteCode);
        return (alex, sam, relationshipId);
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await ReleaseStorage();
    }

    protected abstract Task<string> PrepareStorage();

    protected abstract Task ReleaseStorage();
}

public sealed class SqliteHostFixture : AuditHostFixture
{
    private readonly TempFolder _folder = new();

    protected override string Provider => "Sqlite";

    protected override Task<string> PrepareStorage() => Task.FromResult(_folder.SqliteConnectionString);

    protected override Task ReleaseStorage()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class PostgresHostFixture : AuditHostFixture
{
    private readonly PostgresServer _server = new();

    protected override string Provider => "Postgres";

    protected override async Task<string> PrepareStorage()
    {
        await _server.InitializeAsync();
        return await _server.CreateDatabaseAsync();
    }

    protected override Task ReleaseStorage() => _server.DisposeAsync();
}
