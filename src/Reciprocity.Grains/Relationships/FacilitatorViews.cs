using Reciprocity.Grains.Rules;
using Reciprocity.Relationships;
using Reciprocity.Sessions;

namespace Reciprocity.Grains.Relationships;

/// <summary>
/// What a facilitated pair's facilitator may see of it: each seat's status in the current round, and the released
/// rounds with both perspectives as anyone but their authors sees them (no private notes), with the thanks and small
/// things both members read. Never a sealed perspective.
/// </summary>
internal static class FacilitatorViews
{
    public static FacilitatorPairView For(Guid relationshipId, RelationshipState state)
    {
        var released = state.History
            .Where(round => !state.IsSoloRound(round.Number))
            .Select(round => new ReleasedRoundPerspectives(
                state.DisplayNumber(round.Number),
                round.RevealedAt,
                round.Perspectives.ToDictionary(p => p.Key, p => Sharing.ForOthers(p.Value)),
                round.Appreciations,
                round.SmallThings))
            .ToList();
        var names = new Dictionary<Guid, string> { [state.InviterId] = state.InviterName };
        if (state.PartnerId is { } partnerId)
        {
            names[partnerId] = state.PartnerDisplayName ?? state.PartnerName;
        }

        return new FacilitatorPairView(
            relationshipId,
            state.DisplayNumber(state.Round.Number),
            Board(state),
            state.IsReady,
            state.CurrentReveal?.RevealedAt,
            names,
            released,
            Seats(state, MemberStatusOf));
    }

    /// <summary>Each seat's status in the current round as the facilitator sees it, keyed by seat (a session names people by seat).</summary>
    public static IReadOnlyDictionary<Guid, SeatStatus> Board(RelationshipState state) => Seats(state, FacilitatorStatusOf);

    private static Dictionary<Guid, SeatStatus> Seats(RelationshipState state, Func<RoundState, Guid?, SeatStatus> statusOf)
    {
        var pair = state.Pair ?? throw new InvalidOperationException("Only a session's pair has seats.");
        return new Dictionary<Guid, SeatStatus>
        {
            [pair.InviterSeatId] = statusOf(state.Round, state.InviterId),
            [pair.PartnerSeatId] = statusOf(state.Round, state.PartnerId),
        };
    }

    // The facilitator alone learns that someone took their answers back, or chose to keep them private: statuses only.
    private static SeatStatus FacilitatorStatusOf(RoundState round, Guid? personId) =>
        personId is { } id && !round.Submitted.Contains(id) && round.KeptPrivate.Contains(id) ? SeatStatus.KeptPrivate
        : personId is { } withdrew && !round.Submitted.Contains(withdrew) && round.Withdrawn.Contains(withdrew) ? SeatStatus.Withdrawn
        : MemberStatusOf(round, personId);

    private static SeatStatus MemberStatusOf(RoundState round, Guid? personId) =>
        personId is not { } id ? SeatStatus.NotStarted
        : round.Submitted.Contains(id) ? SeatStatus.Submitted
        : round.Drafts.ContainsKey(id) ? SeatStatus.InProgress
        : SeatStatus.NotStarted;
}
