using Reciprocity.Host.Tests.Cluster;
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
    public ReciprocityFactory NewFactory(bool ownCluster = false)
    {
        var settings = new Dictionary<string, string>(HostSettings);
        if (ownCluster && RestartsIntoOwnCluster)
        {
            settings["Orleans:ClusterId"] = "restart-" + Guid.NewGuid().ToString("N");
        }

        return new(ConnectionString, Provider, settings);
    }

    /// <summary>Whether a restarted host starts a cluster of its own on the same storage (a host with a silo does).</summary>
    protected virtual bool RestartsIntoOwnCluster => true;

    /// <summary>Settings of the host beyond its storage: a front end's role, cluster and certificate.</summary>
    protected virtual IReadOnlyDictionary<string, string> HostSettings => new Dictionary<string, string>();

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

/// <summary>
/// The contract suite against a front end (Host:Role=Frontend) in the test process, an Orleans client of one silo
/// process (Host:Role=Silo) on a throwaway PostgreSQL, with certificates of a test authority: the same API and hub code
/// as a Combined host, composed differently.
/// </summary>
public sealed class FrontendHostFixture : AuditHostFixture
{
    private readonly PostgresServer _server = new();
    private TierCluster? _silo;
    private Dictionary<string, string> _frontEnd = [];

    protected override string Provider => "Postgres";

    // A restarted front end is a new front end of the same silos: it holds no state, so what it shows comes from them.
    protected override bool RestartsIntoOwnCluster => false;

    protected override IReadOnlyDictionary<string, string> HostSettings => _frontEnd;

    protected override async Task<string> PrepareStorage()
    {
        await _server.InitializeAsync();
        _silo = await TierCluster.Start(_server, silos: 1, frontEnds: 0);
        _frontEnd = _silo.SettingsFor("Frontend");
        return _frontEnd["ConnectionStrings:Reciprocity"];
    }

    protected override async Task ReleaseStorage()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }

        await _server.DisposeAsync();
    }
}
