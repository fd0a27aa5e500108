using System.Diagnostics;
using System.Net;

namespace Reciprocity.LoadTest;

/// <summary>
/// Drives N pairs against one running host or several hosts of one cluster: setup, a warm-up, then the measured window;
/// reads the hosts' CPU and memory from /proc when their process ids are known, and storage writes when the SQLite file is.
/// With n hosts, pair i's inviter uses host i % n and its partner host (i + 1) % n.
/// </summary>
public static class LoadRun
{
    public static HttpClient CreateHttpClient(Uri baseAddress, TimeSpan timeout) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.None,
            UseProxy = false,
        })
        {
            BaseAddress = baseAddress,
            Timeout = timeout,
        };

    public static Task<LoadResult> Run(Uri baseAddress, int? hostPid, string? databasePath, LoadOptions options, TextWriter log) =>
        Run([baseAddress], hostPid is { } pid ? [pid] : [], databasePath, options, log);

    public static Task<LoadResult> Run(IReadOnlyList<Uri> baseAddresses, IReadOnlyList<int> hostPids, string? databasePath, LoadOptions options, TextWriter log) =>
        Run(baseAddresses, hostPids, [], databasePath, options, log);

    /// <param name="hostPids">Empty, or one per address: CPU and memory are summed over them.</param>
    /// <param name="siloPids">The two-tier layout's silos behind those addresses (front ends): measured apart from them; empty for combined hosts.</param>
    public static async Task<LoadResult> Run(IReadOnlyList<Uri> baseAddresses, IReadOnlyList<int> hostPids, IReadOnlyList<int> siloPids, string? databasePath, LoadOptions options, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(baseAddresses);
        ArgumentNullException.ThrowIfNull(hostPids);
        ArgumentNullException.ThrowIfNull(siloPids);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        if (baseAddresses.Count is < 1 or > 16 || (hostPids.Count != 0 && hostPids.Count != baseAddresses.Count))
        {
            throw new ArgumentException("Give 1–16 host addresses, and either no process ids or one per address.", nameof(hostPids));
        }

        if (siloPids.Count > 16 || (siloPids.Count > 0 && hostPids.Count == 0))
        {
            throw new ArgumentException("Give at most 16 silo process ids, and only with the front ends' process ids.", nameof(siloPids));
        }

        foreach (var baseAddress in baseAddresses)
        {
            if (!IPAddress.TryParse(baseAddress.Host, out var address) ? baseAddress.Host != "localhost" : !IPAddress.IsLoopback(address))
            {
                throw new ArgumentException($"The load test only targets loopback addresses, not {baseAddress.Host}.", nameof(baseAddresses));
            }
        }

        var hosts = baseAddresses.Select(a => new HostClient(CreateHttpClient(a, options.OperationTimeout), a)).ToList();
        var measurements = new Measurements();
        // Setup has its own bound (it grows with the pairs); the run's hard limit starts once it is done.
        using var setupLimit = new CancellationTokenSource(TimeSpan.FromSeconds(60) + (TimeSpan.FromMilliseconds(100) * options.Pairs));
        var setupClock = Stopwatch.StartNew();
        var pairs = await SetUp(hosts, measurements, options, setupLimit.Token);
        setupClock.Stop();
        using var hardLimit = new CancellationTokenSource(options.HardLimit);
        await log.WriteLineAsync($"  {pairs.Count} pairs ready on {hosts.Count} host(s) in {setupClock.Elapsed.TotalSeconds:F1} s ({measurements.ErrorCount} setup errors)");

        try
        {
            return await Measure(pairs, hostPids, siloPids, databasePath, options, measurements, setupClock.Elapsed, log, hardLimit.Token) with { Hosts = hosts.Count, Silos = siloPids.Count };
        }
        finally
        {
            await Task.WhenAll(pairs.Select(p => p.DisposeAsync().AsTask()));
            hosts.ForEach(h => h.Http.Dispose());
        }
    }

    private static async Task<List<Pair>> SetUp(List<HostClient> hosts, Measurements measurements, LoadOptions options, CancellationToken cancellation)
    {
        var pairs = new List<Pair>(options.Pairs);
        using var gate = new SemaphoreSlim(options.SetupConcurrency);
        await Task.WhenAll(Enumerable.Range(0, options.Pairs).Select(async index =>
        {
            try
            {
                await gate.WaitAsync(cancellation);
            }
            catch (OperationCanceledException)
            {
                measurements.Error("setup: did not finish within its bound");
                return;
            }

            try
            {
                var pair = await Pair.Create(hosts[index % hosts.Count], hosts[(index + 1) % hosts.Count], measurements, index, cancellation, options.WritePath);
                lock (pairs)
                {
                    pairs.Add(pair);
                }
            }
            catch (Exception e) when (e is LoadException or HttpRequestException or OperationCanceledException or InvalidOperationException or IOException or System.Text.Json.JsonException or System.Net.WebSockets.WebSocketException or Microsoft.AspNetCore.SignalR.HubException)
            {
                measurements.Error($"setup: {e.GetType().Name}: {e.Message}");
            }
            finally
            {
                gate.Release();
            }
        }));
        return pairs;
    }

    private static async Task<LoadResult> Measure(List<Pair> pairs, IReadOnlyList<int> hostPids, IReadOnlyList<int> siloPids, string? databasePath, LoadOptions options, Measurements measurements, TimeSpan setup, TextWriter log, CancellationToken hardLimit)
    {
        var random = new Random(options.Seed);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(hardLimit);
        var started = Stopwatch.GetTimestamp();
        measurements.OpenWindow(options.WarmUp == TimeSpan.Zero ? started : long.MaxValue);
        var running = pairs.Select(pair =>
        {
            // Paced pairs start spread over one pause, as people would; back-to-back pairs start together.
            var delay = options.Pacing == RoundPacing.Paced ? options.PaceMax * random.NextDouble() : TimeSpan.Zero;
            return Task.Run(() => pair.Run(options, random, delay, stop.Token), CancellationToken.None);
        }).ToList();
        var allDone = Task.WhenAll(running);

        // Warm-up: rounds run but are not counted.
        await Task.WhenAny(allDone, Task.Delay(options.WarmUp, hardLimit));
        var windowStart = Stopwatch.GetTimestamp();
        measurements.OpenWindow(windowStart);
        var measured = hostPids.Count > 0;
        var hostCpuStart = hostPids.Sum(ProcessStats.CpuSeconds);
        var hostJitStart = hostPids.Sum(ProcessStats.TieredCompilationCpuSeconds);
        var siloCpuStart = siloPids.Sum(ProcessStats.CpuSeconds);
        var selfCpuStart = ProcessStats.CpuSeconds(Environment.ProcessId);
        var writesStart = StorageWrites.Total(databasePath);
        var machineCpuStart = ProcessStats.MachineCpuSeconds();
        var loadAtStart = ProcessStats.LoadAverage();

        long peakRss = 0;
        var windowEnds = Task.Delay(options.Window, hardLimit);
        while (!allDone.IsCompleted && !windowEnds.IsCompleted)
        {
            if (measured)
            {
                peakRss = Math.Max(peakRss, hostPids.Concat(siloPids).Sum(ProcessStats.ResidentBytes));
            }

            await Task.WhenAny(allDone, windowEnds, Task.Delay(250, CancellationToken.None));
        }

        var windowEnd = Stopwatch.GetTimestamp();
        measurements.CloseWindow(windowEnd);
        var hostCpu = measured ? hostPids.Sum(ProcessStats.CpuSeconds) - hostCpuStart : (double?)null;
        var hostJit = measured ? hostPids.Sum(ProcessStats.TieredCompilationCpuSeconds) - hostJitStart : (double?)null;
        var siloCpu = siloPids.Count > 0 ? siloPids.Sum(ProcessStats.CpuSeconds) - siloCpuStart : (double?)null;
        var selfCpu = ProcessStats.CpuSeconds(Environment.ProcessId) - selfCpuStart;
        var writesEnd = StorageWrites.Total(databasePath);
        var machineCpu = ProcessStats.MachineCpuSeconds() - machineCpuStart;
        var hostPeaks = hostPids.Select(ProcessStats.PeakResidentBytes).ToList();
        var siloPeaks = siloPids.Select(ProcessStats.PeakResidentBytes).ToList();
        var hostRssEnd = measured ? hostPids.Concat(siloPids).Sum(ProcessStats.ResidentBytes) : (long?)null;

        // Let every pair finish the round it is in, so none is cut off mid-round and counted as an error.
        await stop.CancelAsync();
        await Task.WhenAny(allDone, Task.Delay(options.OperationTimeout * 4, CancellationToken.None));
        if (!allDone.IsCompleted)
        {
            measurements.Error("some pairs did not finish their last round within the bound");
        }

        var seconds = Stopwatch.GetElapsedTime(windowStart, windowEnd).TotalSeconds;
        var roundsCompleted = pairs.Sum(p => p.RoundsCompleted);
        await log.WriteLineAsync($"  window {seconds:F1} s: {measurements.RoundsInWindow} rounds, {measurements.ErrorCount} errors");
        return new LoadResult
        {
            Pairs = options.Pairs,
            PairsReady = pairs.Count,
            Mode = (options.Pacing == RoundPacing.Paced ? "paced" : "back-to-back") + (options.WritePath == WritePath.Hub ? ", hub writes" : ""),
            SetupSeconds = setup.TotalSeconds,
            WarmUpSeconds = options.WarmUp.TotalSeconds,
            WindowSeconds = seconds,
            RoundsInWindow = measurements.RoundsInWindow,
            RoundsPerSecond = measurements.RoundsInWindow / seconds,
            Reveal = measurements.Reveal.Summarise(),
            Http = measurements.Http.ToDictionary(e => e.Key, e => e.Value.Summarise(), StringComparer.Ordinal),
            Errors = measurements.ErrorCount,
            ErrorMessages = measurements.Errors.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal),
            RoundsCompleted = roundsCompleted,
            RevealsReachedBothSides = pairs.Sum(p => RevealTally.ReachedBoth(p.Inviter.Reveals, p.Partner.Reveals)),
            DuplicateReveals = pairs.Sum(p => p.Inviter.Reveals.Duplicates + p.Partner.Reveals.Duplicates),
            IncompleteReveals = pairs.Sum(p => p.Inviter.IncompleteReveals + p.Partner.IncompleteReveals),
            PairsFailed = pairs.Count(p => p.Failed),
            PairsShortOfBound = options.RoundsPerPair is { } bound ? pairs.Count(p => p.RoundsCompleted < bound) : 0,
            HostCpuSeconds = hostCpu,
            HostCpuPercent = hostCpu / seconds * 100,
            HostTieredCompilationCpuSeconds = hostJit,
            GeneratorCpuSeconds = selfCpu,
            SiloCpuSeconds = siloCpu,
            OtherProcessesCpuSeconds = machineCpu - (hostCpu ?? 0) - (siloCpu ?? 0) - selfCpu,
            LoadAverageAtStart = loadAtStart,
            HostPeakRssBytes = measured ? hostPeaks.Sum() : null,
            HostPeakRssPerHostBytes = hostPeaks,
            SiloPeakRssPerHostBytes = siloPeaks,
            HostWindowPeakRssBytes = measured ? peakRss : null,
            HostRssAtEndBytes = hostRssEnd,
            StorageWrites = writesEnd - writesStart,
            StorageWritesPerSecond = (writesEnd - writesStart) / seconds,
        };
    }
}
