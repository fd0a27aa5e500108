using Reciprocity.Grains.Rules;
using Reciprocity.Perspectives;

namespace Reciprocity.Grains.Relationships;

/// <summary>
/// The safety check's "no": a draft not yet shared may be kept for its author alone. It is copied out first and only
/// then emptied here; the author's status stays what it was, so the other person can notice nothing.
/// </summary>
internal static class PrivateKeeping
{
    public static void CheckTake(RelationshipState state, Guid personId)
    {
        if (state.IsSolo)
        {
            throw new AuditRuleException(RuleFailure.Conflict, "This reflection is yours alone already.");
        }

        if (state.CurrentReveal is not null)
        {
            throw new AuditRuleException(RuleFailure.Conflict, "This round is already open, so there is nothing left to keep private.");
        }

        if (state.Round.Submitted.Contains(personId))
        {
            throw new AuditRuleException(RuleFailure.Conflict, "You have already shared this round. To keep it private, take it back first.");
        }

        Departures.EnsureOngoing(state);
    }

    /// <summary>The state with the author's draft emptied, or the same state when there is nothing to empty.</summary>
    public static RelationshipState Clear(RelationshipState state, Guid personId, Perspective copied)
    {
        CheckTake(state, personId);
        if (!state.Round.Drafts.TryGetValue(personId, out var draft) || draft == Perspective.Empty)
        {
            return state;
        }

        // Never lose a word: a draft that changed after it was copied is not the one that was kept.
        if (draft != copied)
        {
            throw new AuditRuleException(RuleFailure.Conflict, "Your answers changed while they were being kept private. Your private copy is saved; please try again.");
        }

        return state with { Round = state.Round with { Drafts = state.Round.Drafts.SetItem(personId, Perspective.Empty) } };
    }
}
