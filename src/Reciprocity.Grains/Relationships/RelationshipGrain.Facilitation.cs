using Reciprocity.Relationships;
using Reciprocity.Sessions;

namespace Reciprocity.Grains.Relationships;

/// <summary>What a facilitated pair's facilitator may do: see statuses and released rounds, start the next round, and let go.</summary>
public sealed partial class RelationshipGrain
{
    public Task<FacilitatorPairView> GetFacilitatorView(Guid facilitatorId)
    {
        EnsureFacilitator(facilitatorId);
        return Task.FromResult(FacilitatorViews.For(RelationshipId, State));
    }

    public Task StartFacilitatedRound(Guid facilitatorId)
    {
        EnsureFacilitator(facilitatorId);
        return NextRound();
    }

    /// <summary>A round waiting for the release now waits for both members to confirm; nothing revealed changes.</summary>
    public async Task EndFacilitation(Guid facilitatorId)
    {
        EnsureFacilitator(facilitatorId);
        await _rows.Commit(State with { RevealPolicy = RevealPolicy.Together, FacilitatorId = null, Pair = null }, reveal: null);
        Announce.PolicyChanged(RevealPolicy.Together);
    }

    public async Task FacilitatorDeleted(Guid facilitatorId)
    {
        EnsureFacilitator(facilitatorId);
        await _rows.Commit(Departures.WithoutFacilitator(State), reveal: null);
        Announce.PolicyChanged(RevealPolicy.Together);
    }

    /// <summary>A facilitated pair moves with the session's check-ins: its members do not start rounds themselves.</summary>
    private void EnsureNotFacilitated()
    {
        if (State.FacilitatorId is not null)
        {
            throw AuditRuleException.Conflict("refusal.round.facilitatorStarts");
        }
    }

    private void EnsureFacilitator(Guid facilitatorId)
    {
        // A participant learns no more here than anyone else.
        if (!State.IsOpen || State.FacilitatorId != facilitatorId)
        {
            throw NotFound();
        }
    }
}
