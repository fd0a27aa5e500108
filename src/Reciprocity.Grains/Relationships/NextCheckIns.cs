using Reciprocity.Grains.Rules;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Relationships;

/// <summary>
/// An agreed next check-in: either proposes a date after today (UTC) and within a year, the other agrees; on a solo
/// reflection it is agreed at once. A new proposal replaces the old one and needs agreeing again.
/// </summary>
internal static class NextCheckIns
{
    public static RelationshipState Propose(RelationshipState state, Guid personId, DateOnly date, DateOnly today)
    {
        if (date <= today || date > today.AddYears(1))
        {
            throw AuditRuleException.Invalid("date", "refusal.checkIn.dayOutOfRange");
        }

        Departures.EnsureOngoing(state);
        if (state.FacilitatorId is not null)
        {
            throw AuditRuleException.Conflict("refusal.checkIn.facilitated");
        }

        if (!state.IsSolo && state.PartnerId is null)
        {
            throw AuditRuleException.Conflict("refusal.checkIn.nobodyJoined");
        }

        return state with { NextCheckIn = new NextCheckIn(date, personId, Agreed: state.IsSolo) };
    }

    public static RelationshipState Accept(RelationshipState state, Guid personId)
    {
        if (state.NextCheckIn is not { } proposal)
        {
            throw AuditRuleException.Conflict("refusal.checkIn.nothingProposed");
        }

        if (proposal.ProposedBy == personId)
        {
            throw AuditRuleException.Conflict("refusal.checkIn.ownProposal");
        }

        return proposal.Agreed ? state : state with { NextCheckIn = proposal with { Agreed = true } };
    }
}
