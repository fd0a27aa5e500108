using Reciprocity.Relationships;
using Reciprocity.Sessions;

namespace Reciprocity.Grains.Sessions;

/// <summary>
/// The one place that decides what a session shows to whom: the facilitator every pair and their notes; a participant
/// their own pairs, no notes, and no sign of a withdrawal (that is the facilitator's board alone). Statuses only.
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
            [.. state.Seats.Select(s => new SeatView(s.SeatId, s.Name, s.PersonId, s.PersonId is not null, s.Left))],
            pairs,
            facilitator ? state.Notes : null);
    }

    public static SessionSummary Summary(Guid sessionId, SessionState state, Guid viewerId) =>
        new(sessionId, state.Title, state.IsFacilitator(viewerId) ? SessionRole.Facilitator : SessionRole.Participant);

    private static PairView Pair(PairState pair, FacilitatorPairView? board, bool facilitator)
    {
        if (board is null)
        {
            var waiting = new Dictionary<Guid, SeatStatus> { [pair.First] = SeatStatus.NotStarted, [pair.Second] = SeatStatus.NotStarted };
            return new PairView(pair.PairId, [pair.First, pair.Second], null, 1, waiting, false, false, null);
        }

        var statuses = facilitator
            ? board.Statuses
            : board.Statuses.ToDictionary(s => s.Key, s => s.Value == SeatStatus.Withdrawn ? SeatStatus.InProgress : s.Value);
        return new PairView(pair.PairId, [pair.First, pair.Second], board.RelationshipId, board.RoundNumber, statuses, board.Ready, board.RevealedAt is not null, board.RevealedAt);
    }
}
