using Microsoft.Extensions.Logging;
using Reciprocity.Grains.Realtime;
using Reciprocity.Grains.Rules;
using Reciprocity.People;
using Reciprocity.Practice;
using Reciprocity.Relationships;
using Reciprocity.Sessions;
using Reciprocity.Storage;

namespace Reciprocity.Grains.People;

/// <summary>
/// A person's control over their data (issue 11): keeping answers private, export, leaving and deleting everything.
/// The person's grain orchestrates, as it owns the list of their relationships; each relationship applies its own rules.
/// A deletion is a promise once asked: stored first, the key refused from then on, and finished after a crash (issue 24).
/// </summary>
public sealed partial class PersonGrain : IPersonData
{
    public async Task<Guid> KeepPrivate(Guid relationshipId)
    {
        await EnsureTakesPartOrSits(relationshipId);
        var shared = Safety(relationshipId);
        var taken = await shared.TakePrivateDraft(PersonId);
        Limits.CheckRoomForRelationship(State.Taken);

        // Listed before anything is copied, so a copy that stops half-way is still this person's to see and to delete.
        var reflectionId = Guid.NewGuid();
        await Commit(State with { Relationships = State.Relationships.Add(reflectionId) });
        var reflection = Relationship(reflectionId);
        await reflection.Open(new RelationshipOpening(PersonId, State.DisplayName, taken.Kind, taken.Label, taken.OtherName, Solo: true));
        if (taken.Draft is { } draft)
        {
            await reflection.SaveDraft(PersonId, draft);
            await SubmitWhenComplete(reflection, PersonId);
        }

        // Only once the copy is stored is the shared draft emptied: never a moment without the words. With no draft,
        // a plain relationship stays untouched, and a session's pair tells its facilitator the status.
        await shared.ClearPrivateDraft(PersonId, taken.Draft);
        return reflectionId;
    }

    public async Task<ExportIndex> ExportIndex()
    {
        EnsureRegistered();
        var (relationships, sessions) = await Memberships();
        return new ExportIndex(PersonId, State.DisplayName, relationships, [.. sessions.Select(session => session.SessionId)], Languages.OrEnglish(State.Language));
    }

    public async Task LeaveRelationship(Guid relationshipId)
    {
        // A session's pair is asked too, so that it answers why it cannot be left alone (409), not that it is unknown.
        await EnsureTakesPartOrSits(relationshipId);
        try
        {
            await Safety(relationshipId).Leave(PersonId);
        }
        catch (AuditRuleException e) when (e.Failure == RuleFailure.NotFound)
        {
            // Removed meanwhile (its one-way notice not yet here): it is not theirs any more either way.
            await Commit(State with { Relationships = State.Relationships.Remove(relationshipId) });
            throw;
        }

        await Commit(State with { Relationships = State.Relationships.Remove(relationshipId) });
    }

    public async Task ForgetRelationship(Guid relationshipId)
    {
        if (State.IsRegistered && State.Relationships.Contains(relationshipId))
        {
            await Commit(State with { Relationships = State.Relationships.Remove(relationshipId) });
        }
    }

    public async Task DeleteEverything()
    {
        // Asked again after a failover or a restart had already deleted the person: done, nothing more to do.
        if (!State.IsRegistered)
        {
            await Deletions.Finished(PersonId);
            return;
        }

        if (State.DeletionAskedAt is null)
        {
            // The intent first, where a restart finds it; then the key stops working everywhere before anything is left.
            await Deletions.Started(PersonId);
            await Commit(State with { DeletionAskedAt = time.GetUtcNow() });
            await ForgetKeyEverywhere();
        }

        await LeaveEverything();

        // Their practice goes too: the households' names and sessions are the facilitator's own.
        await GrainFactory.ByGuid<IPracticeGrain>(PersonId).Forget();

        // The calendar would otherwise keep this person's id until their check-in's day.
        if (!State.CheckIns.IsEmpty)
        {
            await Calendar.Mark(PersonId, null);
        }

        await GrainFactory.ByGuid<IWritingBudgetGrain>(PersonId).Forget();
        // The address must sign nobody in once its person is gone (PersonGrain.SignIn.cs).
        await LetAddressGo(State.Email);
        await store.ClearStateAsync();
        store.State = new PersonState();
        await Deletions.Finished(PersonId);
        DeactivateOnIdle();
    }

    public async Task FinishDeletion()
    {
        await DeleteEverything();
        await GrainFactory.GetGrain<IErasureGrain>(0).AfterDeletion();
    }

    private async Task LeaveEverything()
    {
        // The pairs of their sessions are theirs to leave too; they are read before the sessions let go of them.
        var (relationships, _) = await Memberships();

        // Sessions first: a facilitated pair is left through its session (which deletes the leaver's words in it), and
        // refuses a direct leave; the sessions this person facilitates close.
        foreach (var sessionId in State.Sessions)
        {
            await LeaveOrClose(sessionId);
            await Commit(State with { Sessions = State.Sessions.Remove(sessionId) });
        }

        foreach (var relationshipId in relationships)
        {
            try
            {
                await Safety(relationshipId).Leave(PersonId);
            }
            catch (AuditRuleException e) when (e.Failure == RuleFailure.NotFound)
            {
                // Removed from it earlier, or left through its session just now: nothing of theirs is left there.
            }

            // Written as it goes, so a deletion that stops part-way goes on from there.
            if (State.Relationships.Contains(relationshipId))
            {
                await Commit(State with { Relationships = State.Relationships.Remove(relationshipId) });
            }
        }
    }

    private async Task ForgetKeyEverywhere()
    {
        try
        {
            await EveryHost.ForgetPerson(GrainFactory, PersonId, time);
        }
        catch (Exception e)
        {
            HostsNotToldOfDeletion(logger, e);
        }
    }

    private IUnfinishedDeletionsGrain Deletions => GrainFactory.GetGrain<IUnfinishedDeletionsGrain>(0);

    private async Task LeaveOrClose(Guid sessionId)
    {
        var membership = await Session(sessionId).GetMembership(PersonId);
        try
        {
            if (membership.Summary?.Role == SessionRole.Facilitator)
            {
                await Session(sessionId).Close(PersonId);
            }
            else if (membership.Summary is not null)
            {
                await Session(sessionId).Leave(PersonId);
            }
        }
        catch (AuditRuleException e) when (e.Failure == RuleFailure.NotFound)
        {
            // Left or closed already, by an earlier attempt.
        }
    }

    private static async Task SubmitWhenComplete(IRelationshipGrain reflection, Guid personId)
    {
        try
        {
            await reflection.Submit(personId);
        }
        catch (AuditRuleException e) when (e.Failure == RuleFailure.Invalid)
        {
            // Not complete yet: it stays a draft in the reflection, to finish there.
        }
    }

    /// <summary>The relationship is this person's own, or the pair of a session where they hold a seat.</summary>
    private async Task EnsureTakesPartOrSits(Guid relationshipId)
    {
        EnsureRegistered();
        if (!State.Relationships.Contains(relationshipId) && !(await Memberships()).Relationships.Contains(relationshipId))
        {
            throw AuditRuleException.NotFound();
        }
    }

    private IRelationshipSafety Safety(Guid id) => GrainFactory.ByGuid<IRelationshipSafety>(id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not every host confirmed that it forgot a deleted person's access key; the rest forget it when their confirmations expire.")]
    private static partial void HostsNotToldOfDeletion(ILogger logger, Exception error);
}
