using System.Globalization;
using Reciprocity.Host.Tests.Cluster;
using Reciprocity.Host.Tests.Infrastructure;
using Reciprocity.Host.Tests.Reminders;

namespace Reciprocity.Host.Tests.SignIn;

/// <summary>
/// A host whose mail goes to a real SMTP server started here, on SQLite, on PostgreSQL, or as a front end of a silo
/// process (where the grains, and so the mail queue, run in the silo). The in-process hosts' clock can be moved.
/// </summary>
public abstract class SignInHostFixture : IAsyncLifetime
{
    public TestMailServer Mail { get; private set; } = null!;

    public ReciprocityFactory Factory { get; private set; } = null!;

    /// <summary>The grains' clock, when they run in this process; null for a front end.</summary>
    public ShiftedClock? Clock { get; protected set; }

    public async Task InitializeAsync()
    {
        Mail = await TestMailServer.Start();
        Factory = await (await Start(MailSettings())).Ready();
    }

    public async Task<AuditClient> Person(string name) => await AuditClient.Create(Factory.CreateClient(), name);

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await ReleaseStorage();
        await Mail.DisposeAsync();
    }

    protected Dictionary<string, string> MailSettings() => new()
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = Mail.Port.ToString(CultureInfo.InvariantCulture),
        ["Email:Smtp:UseTls"] = "false",
        ["Email:From"] = "Reciprocity <reminders@reciprocity.test>",
        ["PublicUrl"] = "https://reciprocity.test/",
        ["RateLimits:SignInsPerQuarterHour"] = SignInsPerQuarterHour.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Sign-in requests a client address may make in a quarter of an hour: many, unless a test counts them.</summary>
    protected virtual int SignInsPerQuarterHour => 100_000;

    protected abstract Task<ReciprocityFactory> Start(Dictionary<string, string> settings);

    protected abstract Task ReleaseStorage();
}

public class SqliteSignInFixture : SignInHostFixture
{
    private readonly TempFolder _folder = new();

    protected override Task<ReciprocityFactory> Start(Dictionary<string, string> settings)
    {
        Clock = new ShiftedClock();
        return Task.FromResult(new ReciprocityFactory(_folder.SqliteConnectionString, settings: settings, time: Clock));
    }

    protected override Task ReleaseStorage()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class PostgresSignInFixture : SignInHostFixture
{
    private readonly PostgresServer _server = new();

    protected override async Task<ReciprocityFactory> Start(Dictionary<string, string> settings)
    {
        await _server.InitializeAsync();
        Clock = new ShiftedClock();
        return new ReciprocityFactory(await _server.CreateDatabaseAsync(), "Postgres", settings, time: Clock);
    }

    protected override Task ReleaseStorage() => _server.DisposeAsync();
}

/// <summary>A front end in this process, an Orleans client of one silo process that sends the mail.</summary>
public sealed class FrontendSignInFixture : SignInHostFixture
{
    private readonly PostgresServer _server = new();
    private TierCluster? _silo;

    protected override async Task<ReciprocityFactory> Start(Dictionary<string, string> settings)
    {
        await _server.InitializeAsync();
        _silo = await TierCluster.Start(_server, silos: 1, frontEnds: 0, settings);
        var frontEnd = _silo.SettingsFor("Frontend");
        foreach (var (key, value) in settings)
        {
            frontEnd[key] = value;
        }

        return new ReciprocityFactory(frontEnd["ConnectionStrings:Reciprocity"], "Postgres", frontEnd);
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

/// <summary>SQLite, with the sign-in requests of one client address limited to three a quarter of an hour, as a person's would be to ten.</summary>
public sealed class LimitedSignInFixture : SqliteSignInFixture
{
    public const int Limit = 3;

    protected override int SignInsPerQuarterHour => Limit;
}
