using Reciprocity.Grains.Rules;
using Reciprocity.People;
using Reciprocity.Sessions;
using Reciprocity.Storage;

namespace Reciprocity.Grains.Practice;

/// <summary>
/// Closing a client: a deletion is stored as asked first (the household is hidden from then on), then each session closes
/// (the facilitator's notes and seat names go; the participants keep their pairs), then the name goes, and the database
/// lets go of the deleted words. The practice is on the list of unfinished deletions meanwhile, so a deletion cut short by
/// a crash is finished at the next start (or on the next visit, if that comes first).
/// </summary>
public sealed partial class PracticeGrain
{
    public async Task DeleteHousehold(Guid householdId)
    {
        var household = State.Households.FirstOrDefault(h => h.HouseholdId == householdId) ?? throw AuditRuleException.NotFound();
        if (!household.Deleting)
        {
            await Deletions.PracticeStarted(FacilitatorId);
            await store.Replace(State with { Households = State.Households.Replace(household, household with { Deleting = true }) });
        }

        await FinishDeletions();
    }

    public async Task Forget()
    {
        if (State.Households.Any(h => !h.Deleting))
        {
            await Deletions.PracticeStarted(FacilitatorId);
            await store.Replace(State with { Households = [.. State.Households.Select(h => h with { Deleting = true })] });
        }

        await FinishDeletions();
        await store.ClearStateAsync();
        store.State = new PracticeState();
        DeactivateOnIdle();
    }

    public async Task FinishDeletions()
    {
        var deleting = State.Households.Where(h => h.Deleting).ToList();
        if (deleting.Count == 0)
        {
            await Deletions.PracticeFinished(FacilitatorId);
            return;
        }

        foreach (var household in deleting)
        {
            foreach (var sessionId in household.Sessions)
            {
                try
                {
                    await Session(sessionId).Close(FacilitatorId);
                }
                catch (AuditRuleException gone) when (gone.Failure == RuleFailure.NotFound)
                {
                    // Closed already, by an earlier attempt.
                }
            }

            await store.Replace(State with { Households = State.Households.RemoveAll(h => h.HouseholdId == household.HouseholdId) });
        }

        await GrainFactory.GetGrain<IErasureGrain>(0).AfterDeletion();
        await Deletions.PracticeFinished(FacilitatorId);
    }

    private IUnfinishedDeletionsGrain Deletions => GrainFactory.GetGrain<IUnfinishedDeletionsGrain>(0);
}
