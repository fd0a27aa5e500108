using Reciprocity.Perspectives;

namespace Reciprocity.Sessions;

/// <summary>
/// A session as one person may see it. The facilitator sees every pair's statuses and their own notes; a participant
/// sees only their own pairs and no notes. Nothing in it holds any part of a perspective.
/// </summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.SessionView")]
public sealed record SessionView(
    [property: Id(0)] Guid SessionId,
    [property: Id(1)] string Title,
    [property: Id(2)] SessionKind Kind,
    [property: Id(3)] SessionRole Role,
    [property: Id(4)] SessionPerson Facilitator,
    [property: Id(5)] int CheckIn,
    [property: Id(6)] IReadOnlyList<SeatView> Participants,
    [property: Id(7)] IReadOnlyList<PairView> Pairs,
    [property: Id(8)] string? Notes,
    [property: Id(9)] IReadOnlyList<CheckInNotes>? EarlierNotes,
    [property: Id(10)] RoomView? Room = null,
    [property: Id(30)] DateTimeOffset? StartedAt = null);

/// <summary>The facilitator's notes of one earlier check-in: kept and readable, no longer edited.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.CheckInNotes")]
public sealed record CheckInNotes(
    [property: Id(0)] int CheckIn,
    [property: Id(1)] string Notes);

[GenerateSerializer, Immutable, Alias("Reciprocity.SessionPerson")]
public sealed record SessionPerson(
    [property: Id(0)] Guid PersonId,
    [property: Id(1)] string DisplayName);

[GenerateSerializer, Immutable, Alias("Reciprocity.SeatView")]
public sealed record SeatView(
    [property: Id(0)] Guid SeatId,
    [property: Id(1)] string Name,
    [property: Id(2)] Guid? PersonId,
    [property: Id(3)] bool Claimed,
    [property: Id(4)] bool Left,
    [property: Id(30)] bool PreReadShared = false,
    [property: Id(31)] bool CarriedForward = false);

[GenerateSerializer, Immutable, Alias("Reciprocity.PairView")]
public sealed record PairView(
    [property: Id(0)] Guid PairId,
    [property: Id(1)] IReadOnlyList<Guid> Seats,
    [property: Id(2)] Guid? RelationshipId,
    [property: Id(3)] int RoundNumber,
    [property: Id(4)] IReadOnlyDictionary<Guid, SeatStatus> Statuses,
    [property: Id(5)] bool Ready,
    [property: Id(6)] bool Revealed,
    [property: Id(7)] DateTimeOffset? RevealedAt,
    [property: Id(8)] bool LeftOut,
    [property: Id(9)] string? LeftOutReason,
    [property: Id(10)] int FirstCheckIn);

/// <summary>A pair's released rounds, for its facilitator: both perspectives without private notes.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.PairRounds")]
public sealed record PairRounds(
    [property: Id(0)] Guid PairId,
    [property: Id(1)] Guid? RelationshipId,
    [property: Id(2)] IReadOnlyDictionary<Guid, string> Names,
    [property: Id(3)] IReadOnlyList<ReleasedRoundPerspectives> Rounds);

[GenerateSerializer, Immutable, Alias("Reciprocity.ReleasedRoundPerspectives")]
public sealed record ReleasedRoundPerspectives(
    [property: Id(0)] int Number,
    [property: Id(1)] DateTimeOffset RevealedAt,
    [property: Id(2)] IReadOnlyDictionary<Guid, Perspective> Perspectives,
    [property: Id(3)] IReadOnlyDictionary<Guid, string>? Appreciations = null,
    [property: Id(4)] IReadOnlyDictionary<Guid, string>? SmallThings = null);

/// <summary>
/// What a check-in's report is made from: the pairs released in it (names as the facilitator gave them), each pair's
/// starting points, the participants by seat name, when it was made, and the facilitator's notes.
/// </summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.SessionReport")]
public sealed record SessionReport(
    [property: Id(0)] string Title,
    [property: Id(1)] SessionKind Kind,
    [property: Id(2)] string FacilitatorName,
    [property: Id(3)] int CheckIn,
    [property: Id(4)] IReadOnlyList<PairRounds> Pairs,
    [property: Id(5)] string Notes,
    [property: Id(6)] DateTimeOffset MadeAt = default,
    [property: Id(7)] IReadOnlyList<string>? Participants = null,
    [property: Id(8)] IReadOnlyDictionary<Guid, IReadOnlyList<StartingPoint>>? StartingPoints = null);
