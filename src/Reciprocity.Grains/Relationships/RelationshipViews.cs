using Reciprocity.Grains.Rules;
using Reciprocity.Perspectives;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Relationships;

/// <summary>
/// The one place that decides what a participant may see. Before a reveal it reads only the viewer's own draft
/// and the partner's status; the partner's perspective is read only from revealed rounds, without its private notes;
/// a solo round is read only by its author.
/// </summary>
internal static class RelationshipViews
{
    /// <summary>How many of the latest revealed rounds a view carries; the rest are read in pages.</summary>
    public const int RecentRounds = 5;

    public static RelationshipView For(Guid relationshipId, RelationshipState state, Guid viewerId, HistoryViews historyViews, bool wholeHistory = false)
    {
        var history = historyViews.For(state, viewerId);
        var shown = wholeHistory || history.Count <= RecentRounds ? history : history.Skip(history.Count - RecentRounds).ToList();
        var answer = Answer(relationshipId, state, viewerId, history);
        return new RelationshipView(
            relationshipId,
            answer.Kind,
            answer.Label,
            answer.Me,
            answer.Partner,
            answer.Round,
            shown,
            answer.Solo,
            answer.RevealPolicy,
            answer.InvitePending,
            answer.HistoryCount,
            answer.NextCheckIn);
    }

    /// <summary>The view without its history: what a step of the round answers.</summary>
    public static RoundAnswer AnswerFor(Guid relationshipId, RelationshipState state, Guid viewerId, HistoryViews historyViews) =>
        Answer(relationshipId, state, viewerId, historyViews.For(state, viewerId));

    /// <summary>A draft save's acknowledgement: the round's statuses and the named fields as now held, the caller's own only.</summary>
    public static DraftSaved DraftSavedFor(Guid relationshipId, RelationshipState state, Guid viewerId, Perspective changes) => new(
        relationshipId,
        new RoundStatuses(
            state.DisplayNumber(state.Round.Number),
            state.Round.StatusOf(viewerId),
            state.Round.StatusOf(state.OtherThan(viewerId)),
            IsRevealedTo(state, viewerId),
            state.IsReady),
        Drafting.Named(state.Round.DraftOf(viewerId), changes));

    // The current round is open to this person (both perspectives, or their own of a solo round).
    private static bool IsRevealedTo(RelationshipState state, Guid viewerId) =>
        state.CurrentReveal is { } current && current.Perspectives.ContainsKey(viewerId);

    private static RoundAnswer Answer(Guid relationshipId, RelationshipState state, Guid viewerId, IReadOnlyList<RevealedRoundView> history)
    {
        var partnerId = state.OtherThan(viewerId);
        var reveal = IsRevealedTo(state, viewerId) ? history[^1] : null;
        var round = new RoundView(
            state.DisplayNumber(state.Round.Number),
            state.Round.StatusOf(viewerId),
            state.Round.StatusOf(partnerId),
            state.Round.DraftOf(viewerId),
            reveal is not null,
            reveal is null ? null : new RevealView(reveal.RevealedAt, reveal.Mine, reveal.Theirs, reveal.Appreciations, reveal.SmallThings),
            state.IsSoloRound(state.Round.Number),
            state.IsReady,
            Traces.LastTime(history, currentRevealed: reveal is not null));

        return new RoundAnswer(
            relationshipId,
            state.Kind,
            state.Label,
            Participant(state, viewerId),
            partnerId is { } p ? Participant(state, p) : state.PartnerLeft ? new ParticipantView(null, state.PartnerName, Left: true) : null,
            round,
            state.IsSolo,
            state.RevealPolicy,
            state.InvitePending,
            history.Count,
            state.NextCheckIn);
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
            state.DisplayNumber(state.Round.Number),
            state.Round.StatusOf(viewerId),
            state.Round.StatusOf(partnerId),
            state.CurrentReveal is not null,
            state.IsSolo,
            state.RevealPolicy,
            state.IsReady,
            state.NextCheckIn,
            partnerId is not null);
    }

    /// <summary>
    /// This viewer's part of the reading across relationships: their latest own perspective (submitted and waiting, or
    /// revealed), and the other person's leanings from the latest shared round revealed to them.
    /// </summary>
    public static RelationshipReading ReadingFor(Guid relationshipId, RelationshipState state, Guid viewerId, HistoryViews historyViews)
    {
        var history = historyViews.For(state, viewerId);
        var latest = history.Count > 0 ? history[^1] : null;
        var latestShared = history.LastOrDefault(round => !round.Solo);
        var waiting = state.CurrentReveal is null && state.Round.Submitted.Contains(viewerId);

        (ReadingBasis Basis, int? Number, DateTimeOffset? At, Perspective? Mine) basis = waiting
            ? (ReadingBasis.Submitted, state.DisplayNumber(state.Round.Number), null, state.Round.DraftOf(viewerId))
            : latest is not null
                ? (ReadingBasis.Revealed, latest.Number, latest.RevealedAt, latest.Mine)
                : (ReadingBasis.None, null, null, null);
        var mine = basis.Mine;

        var summary = SummaryFor(relationshipId, state, viewerId);
        return new RelationshipReading(
            relationshipId,
            state.Kind,
            state.Label,
            summary.PartnerName,
            state.IsSolo,
            basis.Basis,
            basis.Number,
            basis.At,
            mine?.Overall,
            Flows.Read(mine, latestShared?.Theirs),
            mine?.Picture,
            mine?.Season,
            LowDimensions.Of(mine));
    }

    private static ParticipantView Participant(RelationshipState state, Guid personId) =>
        personId == state.InviterId
            ? new ParticipantView(personId, state.InviterName, Inviter: true)
            : new ParticipantView(personId, state.PartnerDisplayName ?? state.PartnerName);
}
