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
            throw AuditRuleException.InvalidUntranslated("date", "Please choose a day after today and within a year.");
        }

        Departures.EnsureOngoing(state);
        if (state.FacilitatorId is not null)
        {
            throw new AuditRuleException(RuleFailure.Conflict, "Your facilitator starts the next check-in of this pair, so there is no date to suggest here.");
        }

        if (!state.IsSolo && state.PartnerId is null)
        {
            throw new AuditRuleException(RuleFailure.Conflict, "Once the other person has joined, you can agree on a date together.");
        }

        return state with { NextCheckIn = new NextCheckIn(date, personId, Agreed: state.IsSolo) };
    }

    public static RelationshipState Accept(RelationshipState state, Guid personId)
    {
        if (state.NextCheckIn is not { } proposal)
        {
            throw new AuditRuleException(RuleFailure.Conflict, "No date has been proposed yet.");
        }

        if (proposal.ProposedBy == personId)
        {
            throw new AuditRuleException(RuleFailure.Conflict, "You proposed this date: the other person agrees to it.");
        }

        return proposal.Agreed ? state : state with { NextCheckIn = proposal with { Agreed = true } };
    }
}
