namespace Reciprocity.LoadTest;

/// <summary>How <see cref="HostProcess"/> starts a host: which build, with which settings, and how long it waits.</summary>
/// <param name="HostDll">The Reciprocity.Host.dll to run.</param>
/// <param name="Settings">Configuration keys (<c>Storage:Provider</c>), passed as environment variables.</param>
public sealed record HostLaunch(string HostDll, IReadOnlyDictionary<string, string> Settings)
{
    /// <summary>The host the tests copy beside themselves.</summary>
    public static string BesideTheTests => Path.Combine(AppContext.BaseDirectory, "Reciprocity.Host.dll");

    /// <summary>The same host with the tests' crash points (tests/Reciprocity.CrashHost), copied beside the tests too.</summary>
    public static string CrashHostBesideTheTests => Path.Combine(AppContext.BaseDirectory, "Reciprocity.CrashHost.dll");

    /// <summary>A test setting naming a grain state: the host kills itself the moment a write of it is stored.</summary>
    public const string KillAfterStoringKey = "Testing:KillAfterStoring";

    /// <summary>Loopback HTTP port; a free one when not given.</summary>
    public int? HttpPort { get; init; }

    /// <summary>Orleans' silo port; a free one when not given.</summary>
    public int? SiloPort { get; init; }

    /// <summary>The process's working directory; the host's folder when not given.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Another user to run the host as (through runuser), keeping these settings.</summary>
    public string? AsUser { get; init; }

    public TimeSpan ReadyWithin { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>How often readiness is asked; short for the benchmark, so its cold-start figure is not rounded up.</summary>
    public TimeSpan Poll { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How many lines of the host's output are kept for a failure message.</summary>
    public int KeptLines { get; init; } = int.MaxValue;

    /// <summary>
    /// A test's host: the build beside the tests, in the Testing environment, with rate limits no test reaches unless it
    /// sets its own; <paramref name="settings"/> come last and win. A test that sets <see cref="KillAfterStoringKey"/>
    /// gets the crash launcher, which alone reads it: the production host has no crash points.
    /// </summary>
    public static HostLaunch ForTests(IReadOnlyDictionary<string, string> settings)
    {
        var all = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["RateLimits:CreationsPerMinute"] = "100000",
            ["RateLimits:FailedKeysPerMinute"] = "100000",
            ["RateLimits:RelationshipsPerMinute"] = "100000",
            ["RateLimits:LookupsPerMinute"] = "100000",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return new HostLaunch(all.ContainsKey(KillAfterStoringKey) ? CrashHostBesideTheTests : BesideTheTests, all);
    }
}
