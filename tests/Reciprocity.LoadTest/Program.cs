using System.Globalization;

namespace Reciprocity.LoadTest;

/// <summary>Reciprocity's load benchmark: see docs/benchmarks.md. Loopback only; every phase is bounded in count and time.</summary>
internal static class Program
{
    private const int BareRoundPairs = 200;

    public static async Task<int> Main(string[] args)
    {
        if (args is [BareRound.ServerArgument, var port])
        {
            return await BareRound.Serve(int.Parse(port, CultureInfo.InvariantCulture));
        }

        var arguments = CommandLine.Parse(args);
        var report = new BenchmarkReport { Command = "Reciprocity.LoadTest " + string.Join(' ', args), StartedAt = DateTimeOffset.UtcNow };
        var log = Console.Out;
        if (arguments.HeavyAccountSaves > 0)
        {
            return await MeasureHeavyAccount(arguments, log);
        }

        if (arguments.Ceilings)
        {
            await log.WriteLineAsync("== machine ceilings");
            report = report with
            {
                SqliteCeiling = SqliteCeiling.Measure(TimeSpan.FromSeconds(3)),
                SignalRCeiling = await SignalRCeiling.Measure(TimeSpan.FromSeconds(3)),
            };
            await log.WriteLineAsync($"  SQLite WAL FULL: {report.SqliteCeiling.SingleRowCommitsPerSecond:F0} commits/s; SignalR: {report.SignalRCeiling.SingleConnectionPerSecond:F0}/s on 1 connection, {report.SignalRCeiling.ParallelPerSecond:F0}/s on 64");
        }

        if (arguments.BareRound)
        {
            // Cheap (a few seconds), so it runs even when the ceilings do not: the table's ratio needs it.
            await log.WriteLineAsync($"== bare SignalR round ({BareRoundPairs} pairs back-to-back, its own process)");
            report = report with { BareRound = await BareRound.Measure(BareRoundPairs, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)) };
            await log.WriteLineAsync($"  {report.BareRound.RoundsPerSecond:F0} rounds/s, server CPU {report.BareRound.ServerCpuMsPerRound:F3} ms per round");
        }

        foreach (var pairs in arguments.Pairs)
        {
            foreach (var pacing in arguments.Modes)
            {
                var options = new LoadOptions
                {
                    Pairs = pairs,
                    Pacing = pacing,
                    WritePath = arguments.WritePath,
                    WarmUp = arguments.WarmUp,
                    Window = arguments.Window,
                    RoundsPerPair = arguments.RoundsPerPair,
                };
                await log.WriteLineAsync($"== {pairs} pairs, {(pacing == RoundPacing.Paced ? "paced" : "back-to-back")}, steps over {(arguments.WritePath == WritePath.Hub ? "the hub" : "HTTP")}");
                if (arguments.Urls.Count > 0)
                {
                    report.Runs.Add(await LoadRun.Run(arguments.Urls, arguments.Pids, arguments.SiloPids, arguments.Database, options, log));
                    continue;
                }

                // A fresh host and SQLite file per configuration, so no run inherits another's data or warm caches.
                await using var host = await HostUnderTest.Start(arguments.HostDll!);
                report.ColdStartSeconds.Add(host.ColdStart.TotalSeconds);
                await log.WriteLineAsync($"  host ready in {host.ColdStart.TotalSeconds:F2} s (pid {host.ProcessId})");
                var result = await LoadRun.Run(host.BaseAddress, host.ProcessId, host.DatabasePath, options, log);
                report.Runs.Add(result with { ColdStartSeconds = host.ColdStart.TotalSeconds });
            }
        }

        if (arguments.IdleConnections > 0)
        {
            await log.WriteLineAsync($"== {arguments.IdleConnections} idle watching connections");
            if (arguments.HostDll is not null)
            {
                await using var host = await HostUnderTest.Start(arguments.HostDll);
                report.ColdStartSeconds.Add(host.ColdStart.TotalSeconds);
                report.Idle = await IdleConnections.Measure(host.BaseAddress, host.ProcessId, arguments.IdleConnections, log);
            }
            else if (arguments.Pids.Count > 0)
            {
                // On the first host only: memory per connection is a per-host figure.
                report.Idle = await IdleConnections.Measure(arguments.Urls[0], arguments.Pids[0], arguments.IdleConnections, log);
            }
        }

        report = report.WithBareRatios();
        var markdown = report.ToMarkdown();
        await log.WriteLineAsync();
        await log.WriteLineAsync(markdown);
        if (arguments.JsonPath is { } json)
        {
            await File.WriteAllTextAsync(json, report.ToJson());
            await log.WriteLineAsync($"JSON: {json}");
        }

        if (arguments.MarkdownPath is { } md)
        {
            await File.WriteAllTextAsync(md, markdown);
            await log.WriteLineAsync($"Table: {md}");
        }

        return report.Runs.Sum(r => r.Errors) == 0 ? 0 : 1;
    }

    /// <summary>Only issue 26's isolation figure (--heavy-account N): a fresh host, N saves quiet and N beside the heavy account.</summary>
    private static async Task<int> MeasureHeavyAccount(CommandLine arguments, TextWriter log)
    {
        await log.WriteLineAsync($"== one heavy account beside another person's draft saves ({arguments.HeavyAccountSaves} saves each)");
        HeavyAccountResult result;
        if (arguments.HostDll is { } dll)
        {
            await using var host = await HostUnderTest.Start(dll);
            result = await HeavyAccount.Measure(host.BaseAddress, arguments.HeavyAccountSaves, log);
        }
        else
        {
            result = await HeavyAccount.Measure(arguments.Urls[0], arguments.HeavyAccountSaves, log);
        }

        var markdown = result.ToMarkdown();
        await log.WriteLineAsync();
        await log.WriteLineAsync(markdown);
        if (arguments.MarkdownPath is { } md)
        {
            await File.WriteAllTextAsync(md, markdown);
        }

        if (arguments.JsonPath is { } json)
        {
            await File.WriteAllTextAsync(json, System.Text.Json.JsonSerializer.Serialize(result));
        }

        return 0;
    }
}

/// <summary>The benchmark's options; see docs/benchmarks.md for each.</summary>
internal sealed record CommandLine
{
    public string? HostDll { get; init; }

    /// <summary>Hosts already running (one cluster when several): pair i's inviter uses Urls[i % n], its partner Urls[(i + 1) % n].</summary>
    public IReadOnlyList<Uri> Urls { get; init; } = [];

    /// <summary>Empty, or one process id per URL.</summary>
    public IReadOnlyList<int> Pids { get; init; } = [];

    /// <summary>The two-tier layout: the silos behind the front ends given by Urls and Pids, measured as their own tier.</summary>
    public IReadOnlyList<int> SiloPids { get; init; } = [];

    public string? Database { get; init; }

    public IReadOnlyList<int> Pairs { get; init; } = [200];

    public IReadOnlyList<RoundPacing> Modes { get; init; } = [RoundPacing.BackToBack];

    public WritePath WritePath { get; init; } = WritePath.Http;

    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan Window { get; init; } = TimeSpan.FromSeconds(20);

    public int? RoundsPerPair { get; init; }

    public int IdleConnections { get; init; }

    public bool Ceilings { get; init; } = true;

    public bool BareRound { get; init; } = true;

    public string? JsonPath { get; init; }

    public string? MarkdownPath { get; init; }

    /// <summary>With a count, runs only the heavy-account isolation figure with that many draft saves per phase.</summary>
    public int HeavyAccountSaves { get; init; }

    public static CommandLine Parse(string[] args)
    {
        var line = new CommandLine();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            line = args[i] switch
            {
                "--host-dll" => line with { HostDll = Path.GetFullPath(Value()) },
                "--url" => line with { Urls = [.. Value().Split(',').Select(u => new Uri(u.Trim()))] },
                "--pid" => line with { Pids = [.. Value().Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture))] },
                "--silo-pid" => line with { SiloPids = [.. Value().Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture))] },
                "--db" => line with { Database = Value() },
                "--pairs" => line with { Pairs = [.. Value().Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture))] },
                "--modes" => line with { Modes = [.. Value().Split(',').Select(ParseMode)] },
                "--write-path" => line with { WritePath = ParseWritePath(Value()) },
                "--warmup" => line with { WarmUp = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture)) },
                "--window" => line with { Window = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture)) },
                "--rounds-per-pair" => line with { RoundsPerPair = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--idle" => line with { IdleConnections = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--no-ceilings" => line with { Ceilings = false },
                "--no-bare-round" => line with { BareRound = false },
                "--json" => line with { JsonPath = Value() },
                "--markdown" => line with { MarkdownPath = Value() },
                "--heavy-account" => line with { HeavyAccountSaves = int.Parse(Value(), CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown option {args[i]}; see docs/benchmarks.md."),
            };
        }

        if (line.HostDll is null && line.Urls.Count == 0)
        {
            throw new ArgumentException("Give --host-dll <Reciprocity.Host.dll> (the benchmark starts the host) or --url <loopback URL[,URL...]> [--pid PID[,PID...]] [--db].");
        }

        if (line.Urls.Count > 16 || (line.Pids.Count != 0 && line.Pids.Count != line.Urls.Count) || (line.Database is not null && line.Urls.Count > 1))
        {
            throw new ArgumentException("--url takes 1–16 loopback URLs, --pid none or one per URL, --db (a SQLite file) only one host.");
        }

        if (line.SiloPids.Count > 0 && (line.Pids.Count == 0 || line.SiloPids.Count > 16))
        {
            throw new ArgumentException("--silo-pid takes 1–16 silo process ids, beside --pid with the front ends' (one per --url).");
        }

        if (line.Window > TimeSpan.FromMinutes(10) || line.WarmUp > TimeSpan.FromMinutes(5) || line.Pairs.Any(p => p is < 1 or > 5000) || line.IdleConnections > 15000 || line.HeavyAccountSaves is < 0 or > 20000)
        {
            throw new ArgumentException("Runs are bounded: window ≤ 600 s, warm-up ≤ 300 s, 1–5000 pairs, ≤ 15000 idle connections, ≤ 20000 heavy-account saves.");
        }

        return line;
    }

    private static WritePath ParseWritePath(string path) => path.Trim().ToLowerInvariant() switch
    {
        "http" => WritePath.Http,
        "hub" => WritePath.Hub,
        _ => throw new ArgumentException($"Unknown write path {path}: http or hub."),
    };

    private static RoundPacing ParseMode(string mode) => mode.Trim().ToLowerInvariant() switch
    {
        "back-to-back" or "backtoback" => RoundPacing.BackToBack,
        "paced" => RoundPacing.Paced,
        _ => throw new ArgumentException($"Unknown mode {mode}: back-to-back or paced."),
    };
}
