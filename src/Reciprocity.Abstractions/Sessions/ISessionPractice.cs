using Reciprocity.Perspectives;
using Reciprocity.Practice;

namespace Reciprocity.Sessions;

/// <summary>
/// What a session does for a facilitator's practice and for a pre-read: its line on the practice home, seats carried
/// forward from an earlier session, the moment it begins, and each participant's own consent to a pre-read.
/// Implemented by the session grain, keyed by session id; every call names the person asking.
/// </summary>
[Alias("Reciprocity.ISessionPractice")]
public interface ISessionPractice : IGrainWithGuidKey
{
    /// <summary>The session's line on its facilitator's practice home.</summary>
    [Alias("GetLine")]
    Task<SessionLine> GetLine(Guid facilitatorId);

    /// <summary>The session as its facilitator sees it, with each opened pair's released rounds, for the practice's export.</summary>
    [Alias("GetRecord")]
    Task<SessionRecord> GetRecord(Guid facilitatorId);

    /// <summary>The seats someone took and has not left: who sat there and the name the facilitator gave.</summary>
    [Alias("SeatsToCarry")]
    Task<IReadOnlyList<CarriedSeat>> SeatsToCarry(Guid facilitatorId);

    /// <summary>Seats for a new session, each kept for the person who sat in it before; they confirm by taking it again.</summary>
    [Alias("CarrySeats")]
    Task<IReadOnlyList<IssuedSeat>> CarrySeats(Guid facilitatorId, IReadOnlyList<CarriedSeat> seats);

    /// <summary>The facilitator begins the session in the room: from then on a pre-read can no longer be withdrawn. Idempotent.</summary>
    [Alias("Begin")]
    Task<SessionView> Begin(Guid facilitatorId);

    /// <summary>A participant lets the facilitator read their perspective before the room, or takes that back before it begins.</summary>
    [Alias("SharePreRead")]
    Task<SessionView> SharePreRead(Guid personId, bool share);

    /// <summary>What the consenting participants submitted in their pairs, without private notes; nobody else's.</summary>
    [Alias("GetPreReads")]
    Task<PreReads> GetPreReads(Guid facilitatorId);
}

/// <summary>A seat carried into a new session: the person it is kept for and the name the facilitator gave them.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.CarriedSeat")]
public sealed record CarriedSeat(
    [property: Id(0)] Guid PersonId,
    [property: Id(1)] string Name);

[GenerateSerializer, Immutable, Alias("Reciprocity.PreReads")]
public sealed record PreReads(
    [property: Id(0)] IReadOnlyList<PreRead> Shared);

/// <summary>One participant's pre-read: per pair, their submitted perspective as others see it (null until they submit).</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.PreRead")]
public sealed record PreRead(
    [property: Id(0)] Guid SeatId,
    [property: Id(1)] string Name,
    [property: Id(2)] IReadOnlyList<PreReadPair> Pairs);

[GenerateSerializer, Immutable, Alias("Reciprocity.PreReadPair")]
public sealed record PreReadPair(
    [property: Id(0)] Guid PairId,
    [property: Id(1)] Perspective? Perspective);
