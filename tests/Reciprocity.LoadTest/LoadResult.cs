namespace Reciprocity.LoadTest;

/// <summary>One configuration's figures, as measured.</summary>
public sealed record LoadResult
{
    public int Pairs { get; init; }

    public int PairsReady { get; init; }

    public string Mode { get; init; } = "";

    /// <summary>Hosts driven: pair i's inviter on host i % n, its partner on host (i + 1) % n. In the two-tier layout, the front ends.</summary>
    public int Hosts { get; init; } = 1;

    /// <summary>Silos measured behind the front ends (two-tier layout); 0 when the hosts are combined.</summary>
    public int Silos { get; init; }

    public double? ColdStartSeconds { get; init; }

    public double SetupSeconds { get; init; }

    public double WarmUpSeconds { get; init; }

    public double WindowSeconds { get; init; }

    public int RoundsInWindow { get; init; }

    public double RoundsPerSecond { get; init; }

    /// <summary>From sending the second submit to both connections having received Revealed.</summary>
    public LatencySummary Reveal { get; init; } = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>Per request kind (draft, submit, rounds, ...), for requests sent inside the window.</summary>
    public IReadOnlyDictionary<string, LatencySummary> Http { get; init; } = new Dictionary<string, LatencySummary>();

    public int Errors { get; init; }

    public IReadOnlyDictionary<string, int> ErrorMessages { get; init; } = new Dictionary<string, int>();

    /// <summary>Over the whole run, warm-up included: every round whose reveal reached both sides.</summary>
    public int RoundsCompleted { get; init; }

    /// <summary>Rounds whose Revealed reached both connections of their pair: equals <see cref="RoundsCompleted"/> when every reveal reached both.</summary>
    public int RevealsReachedBothSides { get; init; }

    /// <summary>Revealed events beyond the first of their round, counted per connection (each side on its own): must stay 0.</summary>
    public int DuplicateReveals { get; init; }

    public int IncompleteReveals { get; init; }

    public int PairsFailed { get; init; }

    public int PairsShortOfBound { get; init; }

    public double? HostCpuSeconds { get; init; }

    /// <summary>Of one core; the machine has two, so 200 is everything.</summary>
    public double? HostCpuPercent { get; init; }

    /// <summary>
    /// Of <see cref="HostCpuSeconds"/>, what the hosts' tiered-compilation threads used in the window: the JIT still
    /// recompiling hot code. Near 0 once the warm-up let it settle.
    /// </summary>
    public double? HostTieredCompilationCpuSeconds { get; init; }

    /// <summary><see cref="HostTieredCompilationCpuSeconds"/> ÷ <see cref="HostCpuSeconds"/>.</summary>
    public double? HostTieredCompilationShare => HostTieredCompilationCpuSeconds is { } jit && HostCpuSeconds is > 0 and var cpu ? jit / cpu : null;

    /// <summary>Host CPU (all hosts; the front ends in the two-tier layout) ÷ rounds counted in the window, in milliseconds.</summary>
    public double? HostCpuMsPerRound => PerRound(HostCpuSeconds);

    /// <summary>The silos' CPU over the window (two-tier layout), summed over them.</summary>
    public double? SiloCpuSeconds { get; init; }

    public double? SiloCpuMsPerRound => PerRound(SiloCpuSeconds);

    /// <summary>Every Reciprocity process's CPU per round: the hosts', plus the silos' in the two-tier layout.</summary>
    public double? TotalCpuMsPerRound => PerRound(HostCpuSeconds is { } hosts ? hosts + (SiloCpuSeconds ?? 0) : null);

    /// <summary><see cref="TotalCpuMsPerRound"/> ÷ the bare SignalR round's server CPU per round of the same benchmark run.</summary>
    public double? HostCpuPerBareRound { get; init; }

    public double GeneratorCpuSeconds { get; init; }

    /// <summary>CPU that neither the hosts (and silos) nor the generator used during the window: other work on the machine, which skews every figure.</summary>
    public double OtherProcessesCpuSeconds { get; init; }

    public double LoadAverageAtStart { get; init; }

    /// <summary>VmHWM: the host's peak resident memory since it started; with several hosts, the sum of theirs.</summary>
    public long? HostPeakRssBytes { get; init; }

    /// <summary>Each host's VmHWM, in the order of the addresses given.</summary>
    public IReadOnlyList<long> HostPeakRssPerHostBytes { get; init; } = [];

    /// <summary>Each silo's VmHWM (two-tier layout), in the order of the silo process ids given.</summary>
    public IReadOnlyList<long> SiloPeakRssPerHostBytes { get; init; } = [];

    public long? SiloPeakRssBytes => SiloPeakRssPerHostBytes.Count > 0 ? SiloPeakRssPerHostBytes.Sum() : null;

    /// <summary>The largest sum of the hosts' (and silos') resident memory sampled during the window.</summary>
    public long? HostWindowPeakRssBytes { get; init; }

    /// <summary>The hosts' (and silos') resident memory at the window's end.</summary>
    public long? HostRssAtEndBytes { get; init; }

    public long? StorageWrites { get; init; }

    public double? StorageWritesPerSecond { get; init; }

    public double? WritesPerRound => StorageWrites is { } writes && RoundsInWindow > 0 ? (double)writes / RoundsInWindow : null;

    private double? PerRound(double? cpuSeconds) => cpuSeconds is { } cpu && RoundsInWindow > 0 ? cpu * 1000 / RoundsInWindow : null;
}
