using Reciprocity.Perspectives;

namespace Reciprocity.Sessions;

/// <summary>Which session a relationship is a pair of, and the seats its two members sit in (inviter's first).</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.FacilitatedPair")]
public sealed record FacilitatedPair(
    [property: Id(0)] Guid SessionId,
    [property: Id(1)] Guid InviterSeatId,
    [property: Id(2)] Guid PartnerSeatId);

/// <summary>
/// A pair as its facilitator may see it: statuses by seat before a release, and the released rounds without private
/// notes. It never holds a sealed perspective. <see cref="MemberStatuses"/> are the same seats as the pair's members
/// see each other (never "withdrawn" or "kept private"), for the session's copies to participants.
/// </summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.FacilitatorPairView")]
public sealed record FacilitatorPairView(
    [property: Id(0)] Guid RelationshipId,
    [property: Id(1)] int RoundNumber,
    [property: Id(2)] IReadOnlyDictionary<Guid, SeatStatus> Statuses,
    [property: Id(3)] bool Ready,
    [property: Id(4)] DateTimeOffset? RevealedAt,
    [property: Id(5)] IReadOnlyDictionary<Guid, string> Names,
    [property: Id(6)] IReadOnlyList<ReleasedRoundPerspectives> Released,
    [property: Id(7)] IReadOnlyDictionary<Guid, SeatStatus> MemberStatuses);

/// <summary>Statuses only, to the facilitator: on any draft save, submit, withdrawal or new round in a pair.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.PairStatusChanged")]
public sealed record PairStatusChanged(
    [property: Id(0)] Guid SessionId,
    [property: Id(1)] Guid PairId,
    [property: Id(2)] int RoundNumber,
    [property: Id(3)] IReadOnlyDictionary<Guid, SeatStatus> Statuses,
    [property: Id(4)] bool Ready);

/// <summary>A released pair's perspectives, to the facilitator, at the same instant as the pair's own reveal.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.PairRevealed")]
public sealed record PairRevealed(
    [property: Id(0)] Guid SessionId,
    [property: Id(1)] Guid PairId,
    [property: Id(2)] Guid RelationshipId,
    [property: Id(3)] int RoundNumber,
    [property: Id(4)] DateTimeOffset RevealedAt,
    [property: Id(5)] IReadOnlyDictionary<Guid, Perspective> Perspectives);

/// <summary>Seats, pairs or the check-in changed: fetch the session again. Holds nothing else.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.SessionChanged")]
public sealed record SessionChanged(
    [property: Id(0)] Guid SessionId);
