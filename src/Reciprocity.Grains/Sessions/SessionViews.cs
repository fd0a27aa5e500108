using Reciprocity.Relationships;
using Reciprocity.Sessions;

namespace Reciprocity.Grains.Sessions;

/// <summary>
/// The one place that decides what a session shows to whom: the facilitator every pair, their notes of every check-in and
/// why they left a pair out, and where the shared screen stands; a participant their own pairs (and whether one was left out), no notes, no reason, and no
/// sign of a withdrawal or a safety "no" (those are the facilitator's board alone). Statuses only.
/// </summary>
internal static class SessionViews
{
    public static SessionView For(Guid sessionId, SessionState state, Guid viewerId, IReadOnlyDictionary<Guid, FacilitatorPairView> boards)
    {
        var facilitator = state.IsFacilitator(viewerId);
        var seat = state.SeatOf(viewerId);
        var pairs = state.Running
            .Where(pair => facilitator || (seat is not null && pair.Holds(seat.SeatId)))
            .Select(pair => Pair(pair, boards.GetValueOrDefault(pair.PairId), facilitator))
            .ToList();

        return new SessionView(
            sessionId,
            state.Title,
            state.Kind,
            facilitator ? SessionRole.Facilitator : SessionRole.Participant,
            new SessionPerson(state.FacilitatorId, state.FacilitatorName),
            state.CheckIn,
            [.. state.Seats.Select(s => new SeatView(s.SeatId, s.Name, s.PersonId, s.PersonId is not null, s.Left, state.PreReadSeats.Contains(s.SeatId), s.KeptFor is not null))],
            pairs,
            facilitator ? state.Notes : null,
            facilitator ? [.. state.EarlierNotes.Select((notes, i) => new CheckInNotes(i + 1, notes))] : null,
            facilitator ? SessionGrain.RoomOf(state, boards) : null,
            state.StartedAt);
    }

    public static SessionSummary Summary(Guid sessionId, SessionState state, Guid viewerId) =>
        new(sessionId, state.Title, state.IsFacilitator(viewerId) ? SessionRole.Facilitator : SessionRole.Participant);

    private static PairView Pair(PairState pair, FacilitatorPairView? board, bool facilitator)
    {
        if (board is null)
        {
            var waiting = new Dictionary<Guid, SeatStatus> { [pair.First] = SeatStatus.NotStarted, [pair.Second] = SeatStatus.NotStarted };
            return new PairView(pair.PairId, [pair.First, pair.Second], null, 1, waiting, false, false, null, pair.LeftOut, ReasonFor(pair, facilitator), pair.FirstCheckIn);
        }

        var statuses = facilitator ? board.Statuses : board.MemberStatuses;
        return new PairView(pair.PairId, [pair.First, pair.Second], board.RelationshipId, board.RoundNumber, statuses, board.Ready, board.RevealedAt is not null, board.RevealedAt, pair.LeftOut, ReasonFor(pair, facilitator), pair.FirstCheckIn);
    }

    // The reason a pair was left out is the facilitator's own note: a participant sees that it was, never why.
    private static string? ReasonFor(PairState pair, bool facilitator) => facilitator && pair.LeftOut ? pair.LeftOutReason : null;
}
