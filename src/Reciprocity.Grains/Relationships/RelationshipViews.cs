using Reciprocity.Relationships;

namespace Reciprocity.Grains.Relationships;

/// <summary>
/// The one place that decides what a participant may see. Before a reveal it reads only the viewer's own draft
/// and the partner's status; the partner's perspective is read only from revealed rounds.
/// </summary>
internal static class RelationshipViews
{
    public static RelationshipView For(Guid relationshipId, RelationshipState state, Guid viewerId, HistoryViews historyViews)
    {
        var partnerId = state.OtherThan(viewerId);
        var reveal = state.CurrentReveal;
        var round = new RoundView(
            state.Round.Number,
            state.Round.StatusOf(viewerId),
            state.Round.StatusOf(partnerId),
            state.Round.DraftOf(viewerId),
            reveal is not null,
            reveal is null ? null : new RevealView(reveal.RevealedAt, reveal.Perspectives[viewerId], reveal.Perspectives[partnerId!.Value]));

        IReadOnlyList<RevealedRoundView> history = partnerId is { } partner ? historyViews.For(state.History, viewerId, partner) : [];

        return new RelationshipView(relationshipId, state.Kind, state.Label, Participant(state, viewerId), partnerId is { } p ? Participant(state, p) : null, round, history);
    }

    public static RelationshipSummary SummaryFor(Guid relationshipId, RelationshipState state, Guid viewerId)
    {
        var partnerId = state.OtherThan(viewerId);
        var partnerName = partnerId is { } p ? Participant(state, p).DisplayName : state.PartnerName;
        return new RelationshipSummary(
            relationshipId,
            state.Kind,
            state.Label,
            partnerName,
            state.Round.Number,
            state.Round.StatusOf(viewerId),
            state.Round.StatusOf(partnerId),
            state.CurrentReveal is not null);
    }

    private static ParticipantView Participant(RelationshipState state, Guid personId) =>
        personId == state.InviterId
            ? new ParticipantView(personId, state.InviterName)
            : new ParticipantView(personId, state.PartnerDisplayName ?? state.PartnerName);
}
