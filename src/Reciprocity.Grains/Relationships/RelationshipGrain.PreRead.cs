using Reciprocity.Grains.Rules;
using Reciprocity.Perspectives;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Relationships;

/// <summary>A facilitated pair's pre-read: one member's submitted perspective, without private notes, to the facilitator.</summary>
public sealed partial class RelationshipGrain : IRelationshipPreRead
{
    public Task<Perspective?> GetPreRead(Guid facilitatorId, Guid memberId)
    {
        EnsureFacilitator(facilitatorId);
        var round = State.Round;
        var perspective = State.IsParticipant(memberId) && !State.IsSoloRound(round.Number) && round.Submitted.Contains(memberId) && round.Drafts.TryGetValue(memberId, out var sealedOne)
            ? Sharing.ForOthers(sealedOne)
            : null;
        return Task.FromResult(perspective);
    }
}
