using Reciprocity.Perspectives;

namespace Reciprocity.Relationships;

/// <summary>
/// After the reveal (issue 13): the traces a conversation leaves on a revealed round, the history in pages and as a
/// timeline, and an agreed next check-in. Implemented by the relationship's grain; every call names the person asking.
/// </summary>
[Alias("Reciprocity.IRelationshipConversation")]
public interface IRelationshipConversation : IGrainWithGuidKey
{
    /// <summary>The caller's reply of thanks to the other's perspective in a revealed shared round; "" takes it back.</summary>
    [Alias("SetAppreciation")]
    Task<RoundTraces> SetAppreciation(Guid personId, int roundNumber, string text);

    /// <summary>"One small thing I'll try", on a revealed round (solo ones too); "" takes it back.</summary>
    [Alias("SetSmallThing")]
    Task<RoundTraces> SetSmallThing(Guid personId, int roundNumber, string text);

    /// <summary>Up to <paramref name="limit"/> revealed rounds before the <paramref name="before"/>th of the caller's, oldest first.</summary>
    [Alias("GetHistory")]
    Task<HistoryPage> GetHistory(Guid personId, int? before, int limit);

    /// <summary>Every revealed round of the caller's in a few bytes: scores, leanings, overall and season.</summary>
    [Alias("GetTimeline")]
    Task<Timeline> GetTimeline(Guid personId);

    /// <summary>The caller's view with the whole history (the export), not only the latest rounds.</summary>
    [Alias("GetWholeView")]
    Task<RelationshipView> GetWholeView(Guid personId);

    [Alias("ProposeNextCheckIn")]
    Task<RelationshipView> ProposeNextCheckIn(Guid personId, DateOnly day);

    [Alias("AcceptNextCheckIn")]
    Task<RelationshipView> AcceptNextCheckIn(Guid personId);

    [Alias("WithdrawNextCheckIn")]
    Task WithdrawNextCheckIn(Guid personId);

    /// <summary>The next check-in as the caller sees it, or null.</summary>
    [Alias("GetNextCheckIn")]
    Task<NextCheckIn?> GetNextCheckIn(Guid personId);
}

/// <summary>What each person left on a revealed round: a reply of thanks, and one small thing they will try.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.RoundTraces")]
public sealed record RoundTraces(
    [property: Id(0)] int Number,
    [property: Id(1)] IReadOnlyDictionary<Guid, string> Appreciations,
    [property: Id(2)] IReadOnlyDictionary<Guid, string> SmallThings);

/// <summary>The small things of the latest revealed round before the current one.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.LastTime")]
public sealed record LastTime(
    [property: Id(0)] int Number,
    [property: Id(1)] IReadOnlyDictionary<Guid, string> SmallThings);

/// <summary>A date for the next check-in: proposed by one, agreed by the other (at once on a solo reflection).</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.NextCheckIn")]
public sealed record NextCheckIn(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] Guid ProposedBy,
    [property: Id(2)] bool Agreed);

/// <summary>One page of the caller's revealed rounds; <see cref="NextBefore"/> asks for the page before it.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.HistoryPage")]
public sealed record HistoryPage(
    [property: Id(0)] IReadOnlyList<RevealedRoundView> Rounds,
    [property: Id(1)] int Total,
    [property: Id(2)] int? NextBefore);

[GenerateSerializer, Immutable, Alias("Reciprocity.Timeline")]
public sealed record Timeline([property: Id(0)] IReadOnlyList<TimelinePoint> Points);

/// <summary>A revealed round for the chart across check-ins: no notes, no pictures.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.TimelinePoint")]
public sealed record TimelinePoint(
    [property: Id(0)] int Number,
    [property: Id(1)] DateTimeOffset RevealedAt,
    [property: Id(2)] bool Solo,
    [property: Id(3)] PointOfView Mine,
    [property: Id(4)] PointOfView? Theirs);

[GenerateSerializer, Immutable, Alias("Reciprocity.PointOfView")]
public sealed record PointOfView(
    [property: Id(0)] IReadOnlyDictionary<string, int?> Scores,
    [property: Id(1)] IReadOnlyDictionary<string, Leaning?> Leans,
    [property: Id(2)] int? Overall,
    [property: Id(3)] SeasonKind Season);
