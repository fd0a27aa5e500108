namespace Reciprocity.Sessions;

/// <summary>How two perspectives of one dimension sit together: different experiences to talk about, never a verdict.</summary>
public enum Experience
{
    Similar,
    Different,

    /// <summary>Both at 1–2 and both naming the same person as giving more.</summary>
    SharedImbalance,

    /// <summary>One of them gave no score here.</summary>
    Unanswered,
}

/// <summary>What differs in a different experience: the leanings, or only how mutual it feels (a gap of 2 or more).</summary>
public enum Difference
{
    Leans,
    Scores,
}

/// <summary>
/// A place to start the pair's conversation, as the reveal suggests it (at most two per pair). <see cref="GiverId"/>
/// is the person both name as giving more, for a shared imbalance.
/// </summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.StartingPoint")]
public sealed record StartingPoint(
    [property: Id(0)] string Dimension,
    [property: Id(1)] Experience Kind,
    [property: Id(2)] Difference? Difference,
    [property: Id(3)] Guid? GiverId);

/// <summary>
/// A family across every opened pair of one check-in, per dimension: which pairs see it in similar ways, which have
/// different experiences, where both members of a pair notice it leans one way, and where that repeats across pairs.
/// Only pairs released in that check-in and not left out; no score, no total, no ranking.
/// </summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.FamilySummary")]
public sealed record FamilySummary(
    [property: Id(0)] Guid SessionId,
    [property: Id(1)] int CheckIn,
    [property: Id(2)] IReadOnlyList<SummaryPair> Pairs,
    [property: Id(3)] IReadOnlyList<DimensionSummary> Dimensions);

/// <summary>A pair the summary reads, by its two seats.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.SummaryPair")]
public sealed record SummaryPair(
    [property: Id(0)] Guid PairId,
    [property: Id(1)] IReadOnlyList<Guid> Seats);

[GenerateSerializer, Immutable, Alias("Reciprocity.DimensionSummary")]
public sealed record DimensionSummary(
    [property: Id(0)] string Dimension,
    [property: Id(1)] IReadOnlyList<Guid> Similar,
    [property: Id(2)] IReadOnlyList<Guid> Different,
    [property: Id(3)] IReadOnlyList<SharedImbalance> SharedImbalances,
    [property: Id(4)] IReadOnlyList<Guid> Unanswered,
    [property: Id(5)] IReadOnlyList<RepeatedImbalance> Repeats);

/// <summary>Both members of the pair notice this dimension leans one way, and name the same seat as giving more.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.SharedImbalance")]
public sealed record SharedImbalance(
    [property: Id(0)] Guid PairId,
    [property: Id(1)] Guid GiverSeatId);

/// <summary>The same seat named as giving more, by both members, in two or more pairs.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.RepeatedImbalance")]
public sealed record RepeatedImbalance(
    [property: Id(0)] Guid GiverSeatId,
    [property: Id(1)] IReadOnlyList<Guid> PairIds);
