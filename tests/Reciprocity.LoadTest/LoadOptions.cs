namespace Reciprocity.LoadTest;

/// <summary>How rounds follow each other: as fast as the host answers, or with a person's pause between them.</summary>
public enum RoundPacing
{
    BackToBack,
    Paced,
}

/// <summary>Which way the round's steps (draft, submit, new round) go: HTTP, or each participant's own hub connection.</summary>
public enum WritePath
{
    Http,
    Hub,
}

/// <summary>One load run: how many pairs, how they pace their rounds, and the bounds of the run.</summary>
public sealed record LoadOptions
{
    public int Pairs { get; init; } = 200;

    public RoundPacing Pacing { get; init; } = RoundPacing.BackToBack;

    public WritePath WritePath { get; init; } = WritePath.Http;

    /// <summary>Rounds completed before this are not measured: connections, JIT and caches settle.</summary>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The measured window, after the warm-up.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>When set, each pair stops after this many rounds (the smoke test's bound); the run still stops at the time bound.</summary>
    public int? RoundsPerPair { get; init; }

    /// <summary>Pauses between a pair's rounds in paced mode, drawn uniformly.</summary>
    public TimeSpan PaceMin { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan PaceMax { get; init; } = TimeSpan.FromMilliseconds(1500);

    /// <summary>Any single request or awaited event taking longer than this counts as an error.</summary>
    public TimeSpan OperationTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Setup calls (people, invites, connections) in flight at once.</summary>
    public int SetupConcurrency { get; init; } = 64;

    /// <summary>Seed for paced pauses and draft contents, so runs are repeatable.</summary>
    public int Seed { get; init; } = 5;

    public TimeSpan HardLimit => WarmUp + Window + TimeSpan.FromSeconds(60);
}
