using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reciprocity.LoadTest;

/// <summary>Everything one benchmark invocation measured, with the machine it ran on.</summary>
public sealed record BenchmarkReport
{
    public string Command { get; init; } = "";

    public DateTimeOffset StartedAt { get; init; }

    public MachineInfo Machine { get; init; } = MachineInfo.Read();

    public SqliteCeilingResult? SqliteCeiling { get; init; }

    public SignalRCeilingResult? SignalRCeiling { get; init; }

    public BareRoundResult? BareRound { get; init; }

    public List<LoadResult> Runs { get; init; } = [];

    public IdleResult? Idle { get; set; }

    public List<double> ColdStartSeconds { get; init; } = [];

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"Machine: {Machine.Cores} cores, {Machine.Cpu}, {Machine.MemoryGiB:F0} GiB, {Machine.Os}, .NET {Machine.Runtime}.");
        text.AppendLine(c, $"Command: `{Command}` ({StartedAt:yyyy-MM-dd HH:mm} UTC)");
        text.AppendLine();
        if (SqliteCeiling is { } sqlite)
        {
            text.AppendLine(c, $"- Raw SQLite (WAL, synchronous=FULL, one ~500-byte upsert per transaction): **{sqlite.SingleRowCommitsPerSecond:F0} commits/s**; 16 rows per transaction: {sqlite.GroupedCommitsPerSecond:F0} commits/s = {sqlite.GroupedRowsPerSecond:F0} rows/s.");
        }

        if (SignalRCeiling is { } hub)
        {
            text.AppendLine(c, $"- Bare SignalR hub round trip (in-process Kestrel, JSON over WebSocket): 1 connection {hub.SingleConnectionPerSecond:F0}/s (p50 {hub.SingleConnectionLatency.P50:F3} ms, p99 {hub.SingleConnectionLatency.P99:F3} ms); 64 connections {hub.ParallelPerSecond:F0}/s (p99 {hub.ParallelLatency.P99:F2} ms).");
        }

        if (BareRound is { } bare)
        {
            text.AppendLine(c, $"- Bare SignalR vote-and-reveal round ({bare.Pairs} pairs back-to-back, a minimal in-memory hub in its own process): {bare.RoundsPerSecond:F0} rounds/s, **server CPU {bare.ServerCpuMsPerRound:F3} ms per round**{(bare.Failures > 0 ? $" ({bare.Failures} pairs failed)" : "")}.");
        }

        if (ColdStartSeconds.Count > 0)
        {
            text.AppendLine(c, $"- Cold start to /health/ready: {string.Join(", ", ColdStartSeconds.Select(s => s.ToString("F2", c)))} s (median {Median(ColdStartSeconds):F2} s).");
        }

        if (Idle is { } idle)
        {
            text.AppendLine(c, $"- Idle watching connections: {idle.Connections} open ({idle.Failures} failed); host RSS {Mib(idle.HostRssBeforeBytes)} → {Mib(idle.HostRssAfterBytes)} MiB; **{idle.BytesPerConnection / 1024:F1} KiB per connection**.");
        }

        foreach (var (warmUp, window) in Runs.Select(r => (r.WarmUpSeconds, r.WindowSeconds)).Distinct())
        {
            text.AppendLine(c, $"- Warm-up {warmUp:F0} s (rounds run, nothing counted), then a {window:F0} s window; the JIT tier-up share says how much of the host's CPU in the window was still the JIT recompiling hot code.");
        }

        var combined = Runs.Where(r => r.Silos == 0).ToList();
        var tiered = Runs.Where(r => r.Silos > 0).ToList();
        if (combined.Count > 0 || tiered.Count == 0)
        {
            AppendCombined(text, combined);
        }

        if (tiered.Count > 0)
        {
            AppendTiered(text, tiered);
        }

        return text.ToString();
    }

    private void AppendCombined(StringBuilder text, List<LoadResult> runs)
    {
        var c = CultureInfo.InvariantCulture;
        text.AppendLine();
        text.AppendLine("| pairs | mode | rounds/s | reveal p50 | p95 | p99 | max (ms) | HTTP p50 | p99 | max (ms) | errors | host CPU (of 200%) | generator CPU | other CPU | host CPU per round (ms) | ÷ bare round | JIT tier-up share of host CPU | host peak RSS (MiB) | storage writes/s | writes/round | writes ÷ raw commit rate |");
        text.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var run in runs)
        {
            var http = Http(run);
            var ratio = SqliteCeiling is { } ceiling && run.StorageWritesPerSecond is { } w ? (w / ceiling.SingleRowCommitsPerSecond).ToString("P0", c) : "–";
            text.AppendLine(c, $"| {run.Pairs} | {(run.Hosts > 1 ? $"{run.Mode}, {run.Hosts} hosts" : run.Mode)} | {run.RoundsPerSecond:F0} | {run.Reveal.P50:F1} | {run.Reveal.P95:F1} | {run.Reveal.P99:F1} | {run.Reveal.Max:F0} | {http.P50:F1} | {http.P99:F1} | {http.Max:F0} | {run.Errors} | {run.HostCpuPercent:F0}% | {run.GeneratorCpuSeconds / run.WindowSeconds * 100:F0}% | {run.OtherProcessesCpuSeconds / run.WindowSeconds * 100:F0}% | {(run.HostCpuMsPerRound is { } perRound ? perRound.ToString("F2", c) : "–")} | {BareRatio(run)} | {(run.HostTieredCompilationShare is { } jit ? $"{jit * 100:F0}%" : "–")} | {PeakRss(run)} | {(run.StorageWritesPerSecond is { } perSecond ? perSecond.ToString("F0", c) : "–")} | {(run.WritesPerRound is { } writes ? writes.ToString("F1", c) : "–")} | {ratio} |");
        }
    }

    // The two-tier layout: CPU per round on each tier and their sum, which the bare round's ratio divides.
    private static void AppendTiered(StringBuilder text, List<LoadResult> runs)
    {
        var c = CultureInfo.InvariantCulture;
        text.AppendLine();
        text.AppendLine("| pairs | mode | silos | front ends | rounds/s | reveal p50 | p95 | p99 | max (ms) | HTTP p50 | p99 | max (ms) | errors | front-end CPU (of 200%) | silo CPU | generator CPU | other CPU | front-end CPU per round (ms) | silo CPU per round (ms) | sum per round (ms) | ÷ bare round | front-end peak RSS (MiB) | silo peak RSS (MiB) |");
        text.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var run in runs)
        {
            var http = Http(run);
            text.AppendLine(c, $"| {run.Pairs} | {run.Mode} | {run.Silos} | {run.Hosts} | {run.RoundsPerSecond:F0} | {run.Reveal.P50:F1} | {run.Reveal.P95:F1} | {run.Reveal.P99:F1} | {run.Reveal.Max:F0} | {http.P50:F1} | {http.P99:F1} | {http.Max:F0} | {run.Errors} | {Percent(run.HostCpuSeconds, run)} | {Percent(run.SiloCpuSeconds, run)} | {Percent(run.GeneratorCpuSeconds, run)} | {Percent(run.OtherProcessesCpuSeconds, run)} | {Ms(run.HostCpuMsPerRound)} | {Ms(run.SiloCpuMsPerRound)} | {Ms(run.TotalCpuMsPerRound)} | {BareRatio(run)} | {Rss(run.HostPeakRssBytes, run.HostPeakRssPerHostBytes)} | {Rss(run.SiloPeakRssBytes, run.SiloPeakRssPerHostBytes)} |");
        }
    }

    private static LatencySummary Http(LoadResult run) => run.Http.TryGetValue("all", out var all) ? all : new LatencySummary(0, 0, 0, 0, 0, 0, 0);

    private static string Percent(double? cpuSeconds, LoadResult run) =>
        cpuSeconds is { } cpu && run.WindowSeconds > 0 ? (cpu / run.WindowSeconds * 100).ToString("F0", CultureInfo.InvariantCulture) + "%" : "–";

    private static string Ms(double? milliseconds) => milliseconds is { } ms ? ms.ToString("F2", CultureInfo.InvariantCulture) : "–";

    /// <summary>The runs, each with its host CPU per round (both tiers' sum in the two-tier layout) divided by the bare round's (measured in the same run).</summary>
    public BenchmarkReport WithBareRatios()
    {
        if (BareRound is not { ServerCpuMsPerRound: > 0 and var bare })
        {
            return this;
        }

        return this with { Runs = [.. Runs.Select(r => r with { HostCpuPerBareRound = r.TotalCpuMsPerRound / bare })] };
    }

    private static string BareRatio(LoadResult run) =>
        run.HostCpuPerBareRound is { } ratio ? ratio.ToString("F1", CultureInfo.InvariantCulture) + "×" : "–";

    private static string PeakRss(LoadResult run) => Rss(run.HostPeakRssBytes, run.HostPeakRssPerHostBytes);

    // With several hosts: the sum, then each host's own peak.
    private static string Rss(long? sum, IReadOnlyList<long> each) =>
        each.Count > 1 ? $"{Mib(sum)} ({string.Join(" / ", each.Select(b => Mib(b)))})" : Mib(sum);

    private static string Mib(long? bytes) => bytes is { } b ? (b / 1048576.0).ToString("F0", CultureInfo.InvariantCulture) : "–";

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}

public sealed record MachineInfo(int Cores, string Cpu, double MemoryGiB, string Os, string Runtime)
{
    public static MachineInfo Read()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown"
            : "unknown";
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0;
        return new MachineInfo(Environment.ProcessorCount, cpu, memory, RuntimeInformation.OSDescription, Environment.Version.ToString());
    }
}
