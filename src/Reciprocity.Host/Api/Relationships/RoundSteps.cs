using Reciprocity.Perspectives;
using Reciprocity.Relationships;

namespace Reciprocity.Host.Api.Relationships;

/// <summary>The steps of a round that take no body; a draft save has its own entry points.</summary>
public enum RoundStep
{
    Submit,
    Withdraw,
    Confirm,
    StartRound,
}

/// <summary>
/// The round's steps, one implementation behind the HTTP endpoints and the hub: the same rules (the grain's). A refusal
/// is the grain's <see cref="AuditRuleException"/>, translated once (<see cref="Problems.Of"/>) by whichever side asked.
/// An answer comes only after the grain stored the change; a failure to store is left to the caller's retrying.
/// </summary>
public sealed class RoundSteps(IGrainFactory grains)
{
    public Task<DraftSaved> SaveDraft(Guid personId, Guid relationshipId, Perspective perspective) =>
        Relationship(relationshipId).SaveDraft(personId, perspective);

    public Task<RoundAnswer> Take(Guid personId, Guid relationshipId, RoundStep step)
    {
        var relationship = Relationship(relationshipId);
        return step switch
        {
            RoundStep.Submit => relationship.Submit(personId),
            RoundStep.Withdraw => relationship.Withdraw(personId),
            RoundStep.Confirm => relationship.Confirm(personId),
            RoundStep.StartRound => relationship.StartRound(personId),
            _ => throw new ArgumentOutOfRangeException(nameof(step)),
        };
    }

    private IRelationshipGrain Relationship(Guid relationshipId) => grains.ByGuid<IRelationshipGrain>(relationshipId);
}
