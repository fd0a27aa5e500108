using Reciprocity.Grains.Rules;
using Reciprocity.Perspectives;

namespace Reciprocity.Grains.Relationships;

/// <summary>
/// The safety check's "no": a draft not yet shared may be kept for its author alone. It is copied out first and only
/// then emptied here; the author's status stays what it was, so the other person can notice nothing. In a facilitated
/// pair the facilitator's board learns one thing, a status: this person chose to keep this round private (the pair will
/// not be ready, and the facilitator may leave it out); never a word of it.
/// </summary>
internal static class PrivateKeeping
{
    public static void CheckTake(RelationshipState state, Guid personId)
    {
        if (state.IsSolo)
        {
            throw AuditRuleException.Conflict("refusal.private.soloAlready");
        }

        if (state.CurrentReveal is not null)
        {
            throw AuditRuleException.Conflict("refusal.private.alreadyOpen");
        }

        if (state.Round.Submitted.Contains(personId))
        {
            throw AuditRuleException.Conflict("refusal.private.alreadyShared");
        }

        Departures.EnsureOngoing(state);
    }

    /// <summary>
    /// The state with the author's draft emptied (and, in a facilitated pair, marked kept private for the facilitator's
    /// board), or the same state when there is nothing to change.
    /// </summary>
    public static RelationshipState Clear(RelationshipState state, Guid personId, Perspective? copied)
    {
        CheckTake(state, personId);
        var marked = state.Pair is null || state.Round.KeptPrivate.Contains(personId)
            ? state
            : state with { Round = state.Round with { KeptPrivate = state.Round.KeptPrivate.Add(personId) } };
        if (!state.Round.Drafts.TryGetValue(personId, out var draft) || draft == Perspective.Empty)
        {
            return marked;
        }

        // Never lose a word: a draft that changed after it was copied is not the one that was kept.
        if (draft != copied)
        {
            throw AuditRuleException.Conflict("refusal.private.changedMeanwhile");
        }

        return marked with { Round = marked.Round with { Drafts = marked.Round.Drafts.SetItem(personId, Perspective.Empty) } };
    }
}
