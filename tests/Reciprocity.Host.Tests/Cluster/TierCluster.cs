using System.Globalization;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Cluster;

/// <summary>
/// The two-tier layout as real processes on loopback: silos (Host:Role=Silo, each with its gateway) and front ends
/// (Host:Role=Frontend) on one PostgreSQL database, every host with a certificate of one test authority.
/// </summary>
public sealed class TierCluster : IAsyncDisposable
{
    private readonly Dictionary<string, string> _shared;
    private readonly List<HostProcess> _silos = [];
    private readonly List<HostProcess> _frontEnds = [];

    private TierCluster(Dictionary<string, string> shared, TestAuthority authority)
    {
        _shared = shared;
        Authority = authority;
        // A test that times out never reaches DisposeAsync; its hosts must not outlive the test run.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
    }

    public TestAuthority Authority { get; }

    public IReadOnlyList<HostProcess> Silos => _silos;

    public IReadOnlyList<HostProcess> FrontEnds => _frontEnds;

    public IReadOnlyList<Uri> FrontEndUrls => [.. _frontEnds.Select(f => f.BaseAddress)];

    /// <summary>The gateway port of each silo, in the order of <see cref="Silos"/>.</summary>
    public List<int> GatewayPorts { get; } = [];

    /// <summary>Starts <paramref name="silos"/> silos (the first alone, as it installs the schema), then <paramref name="frontEnds"/> front ends, and waits until each is ready.</summary>
    public static async Task<TierCluster> Start(PostgresServer postgres, int silos, int frontEnds, IReadOnlyDictionary<string, string>? settings = null)
    {
        var shared = new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Reciprocity"] = await postgres.CreateDatabaseAsync(),
            ["Orleans:ClusterId"] = $"tiers-{Guid.NewGuid():N}",
            ["Orleans:ServiceId"] = "reciprocity-tests",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            shared[key] = value;
        }

        var cluster = new TierCluster(shared, new TestAuthority());
        try
        {
            await cluster.AddSilo();
            await Task.WhenAll(Enumerable.Range(1, silos - 1).Select(_ => cluster.AddSilo()));
            await Task.WhenAll(Enumerable.Range(0, frontEnds).Select(_ => cluster.AddFrontEnd()));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>The settings of one more host of <paramref name="role"/>: the cluster's, and a certificate of its own.</summary>
    public Dictionary<string, string> SettingsFor(string role, IReadOnlyDictionary<string, string>? certificate = null)
    {
        var settings = new Dictionary<string, string>(_shared) { ["Host:Role"] = role };
        foreach (var (key, value) in certificate ?? Authority.Issue($"{role.ToLowerInvariant()}-{Guid.NewGuid():N}"))
        {
            settings[key] = value;
        }

        return settings;
    }

    public async Task<HostProcess> AddSilo()
    {
        var gatewayPort = FreePort.Next();
        var settings = SettingsFor("Silo");
        settings["Orleans:GatewayPort"] = gatewayPort.ToString(CultureInfo.InvariantCulture);
        var silo = await HostProcess.Start(settings);
        lock (_silos)
        {
            _silos.Add(silo);
            GatewayPorts.Add(gatewayPort);
        }

        return silo;
    }

    public async Task<HostProcess> AddFrontEnd()
    {
        var frontEnd = await HostProcess.Start(SettingsFor("Frontend"));
        lock (_frontEnds)
        {
            _frontEnds.Add(frontEnd);
        }

        return frontEnd;
    }

    /// <summary>The last lines each host wrote, for a failing test's message.</summary>
    public string OutputTails(int lines = 40) => string.Join("\n\n",
        _silos.Select((h, i) => ($"silo {i}", h)).Concat(_frontEnds.Select((h, i) => ($"front end {i}", h))).Select(named =>
            $"--- {named.Item1} ({named.h.BaseAddress}{(named.h.HasExited ? ", ended" : "")}):\n" + string.Join('\n', named.h.Output.Split('\n').TakeLast(lines))));

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _frontEnds.Concat(_silos))
        {
            await host.DisposeAsync();
        }

        Authority.Dispose();
    }

    private void KillAll()
    {
        foreach (var host in _frontEnds.Concat(_silos))
        {
            try
            {
                host.Kill();
            }
            catch (InvalidOperationException)
            {
                // Disposed already.
            }
        }
    }
}
