using Reciprocity.Relationships;

namespace Reciprocity.Sessions;

/// <summary>
/// One facilitated session: its facilitator, title, seats, pairs and check-ins. It alone decides who may see and do what
/// in it; each pair's answers live in the pair's own relationship. Keyed by session id; every call names the person asking.
/// It calls relationships and never people, so no call of a person can wait on it in a circle.
/// </summary>
[Alias("Reciprocity.ISessionGrain")]
public interface ISessionGrain : IGrainWithGuidKey
{
    [Alias("Open")]
    Task<SessionView> Open(SessionOpening opening);

    [Alias("GetView")]
    Task<SessionView> GetView(Guid personId);

    /// <summary>What a person's own list shows of this session, and the pairs' relationships they take part in.</summary>
    [Alias("GetMembership")]
    Task<SessionMembership> GetMembership(Guid personId);

    /// <summary>A seat for one more participant; its code is shown this once.</summary>
    [Alias("AddParticipant")]
    Task<IssuedSeat> AddParticipant(Guid facilitatorId, string name);

    /// <summary>A fresh code for an unclaimed seat; the old one stops working.</summary>
    [Alias("ReissueSeat")]
    Task<IssuedSeat> ReissueSeat(Guid facilitatorId, Guid seatId);

    /// <summary>Takes back an unclaimed seat with the participant and their pairs.</summary>
    [Alias("RevokeSeat")]
    Task RevokeSeat(Guid facilitatorId, Guid seatId);

    /// <summary>The pairs the facilitator chose, or every pair when <paramref name="pairs"/> is null.</summary>
    [Alias("ChoosePairs")]
    Task<SessionView> ChoosePairs(Guid facilitatorId, IReadOnlyList<SeatPair>? pairs);

    /// <summary>What the seat page shows before anyone claims it.</summary>
    [Alias("DescribeSeat")]
    Task<SeatInvitation> DescribeSeat(byte[] seatHash);

    /// <summary>The caller takes the seat behind the code. Idempotent for the person who holds it.</summary>
    [Alias("Claim")]
    Task<SessionView> Claim(Guid personId, byte[] seatHash);

    /// <summary>Opens a ready pair's round to both members and the facilitator at one instant, exactly once.</summary>
    [Alias("Release")]
    Task<ReleasedRound> Release(Guid facilitatorId, Guid pairId);

    /// <summary>Every ready pair, each exactly once.</summary>
    [Alias("ReleaseReady")]
    Task<IReadOnlyList<ReleasedRound>> ReleaseReady(Guid facilitatorId);

    /// <summary>
    /// The facilitator leaves a pair out of the session, before its round in this check-in is released: it is never
    /// released, and check-ins go on without it. The reason (may be empty) is shown to the facilitator alone.
    /// </summary>
    [Alias("LeaveOut")]
    Task<SessionView> LeaveOut(Guid facilitatorId, Guid pairId, string? reason);

    /// <summary>A pair's released rounds, without private notes.</summary>
    [Alias("GetPair")]
    Task<PairRounds> GetPair(Guid facilitatorId, Guid pairId);

    [Alias("SaveNotes")]
    Task<SessionView> SaveNotes(Guid facilitatorId, string notes);

    /// <summary>The next check-in: a new round in every opened pair not left out; its notes start empty.</summary>
    [Alias("StartCheckIn")]
    Task<SessionView> StartCheckIn(Guid facilitatorId);

    /// <summary>What a check-in's report holds: the released pairs as released, and the facilitator's notes.</summary>
    [Alias("GetReport")]
    Task<SessionReport> GetReport(Guid facilitatorId, int? checkIn);

    /// <summary>
    /// The facilitator moves the shared screen to a pair and a step: the starting points any time, a dimension once the
    /// pair's round of this check-in is released. The facilitator's devices hear it (statuses only).
    /// </summary>
    [Alias("StepRoom")]
    Task<SessionView> StepRoom(Guid facilitatorId, Guid pairId, RoomStep roomStep);

    /// <summary>A family's pairs released in a check-in (left-out pairs never), read together per dimension.</summary>
    [Alias("GetFamilySummary")]
    Task<FamilySummary> GetFamilySummary(Guid facilitatorId, int? checkIn);

    /// <summary>A participant leaves the session; their pairs end.</summary>
    [Alias("Leave")]
    Task Leave(Guid personId);

    /// <summary>The facilitator's data goes: notes and seats are deleted, and each pair opens by both members' confirmation.</summary>
    [Alias("Close")]
    Task Close(Guid facilitatorId);
}

public enum SessionKind
{
    Couple,
    Family,
}

public enum SessionRole
{
    Facilitator,
    Participant,
}

/// <summary>Where one person stands in a pair's current round, as the facilitator's board shows it.</summary>
public enum SeatStatus
{
    NotStarted,
    InProgress,
    Submitted,

    /// <summary>Submitted, then taken back, not submitted again yet: the facilitator's board only.</summary>
    Withdrawn,

    /// <summary>
    /// Answered the safety check "no": their answers stay theirs, and the pair will not be ready in this round unless
    /// they share again. The facilitator's board only; the other member sees the status they saw before.
    /// </summary>
    KeptPrivate,
}

[GenerateSerializer, Immutable, Alias("Reciprocity.SessionOpening")]
public sealed record SessionOpening(
    [property: Id(0)] Guid FacilitatorId,
    [property: Id(1)] string FacilitatorName,
    [property: Id(2)] string Title,
    [property: Id(3)] SessionKind Kind);

/// <summary>Two seats of a session, as the facilitator pairs them.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.SeatPair")]
public sealed record SeatPair(
    [property: Id(0)] Guid First,
    [property: Id(1)] Guid Second);

/// <summary>A seat just made or re-issued; the code is shown this once.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.IssuedSeat")]
public sealed record IssuedSeat(
    [property: Id(0)] Guid SeatId,
    [property: Id(1)] string SeatCode);

[GenerateSerializer, Immutable, Alias("Reciprocity.SeatInvitation")]
public sealed record SeatInvitation(
    [property: Id(0)] string SessionTitle,
    [property: Id(1)] string FacilitatorName,
    [property: Id(2)] string ParticipantName,
    [property: Id(3)] SessionKind Kind,
    [property: Id(30)] bool CarriedForward = false);

[GenerateSerializer, Immutable, Alias("Reciprocity.SessionSummary")]
public sealed record SessionSummary(
    [property: Id(0)] Guid SessionId,
    [property: Id(1)] string Title,
    [property: Id(2)] SessionRole Role);

/// <summary>A person's place in a session: its line in their list (none once it closed or they left) and their pairs.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.SessionMembership")]
public sealed record SessionMembership(
    [property: Id(0)] SessionSummary? Summary,
    [property: Id(1)] IReadOnlyList<Guid> RelationshipIds);
