using Microsoft.Extensions.Logging;
using Reciprocity.Grains.Realtime;
using Reciprocity.Grains.Rules;
using Reciprocity.People;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.People;

/// <summary>
/// A person's control over their data (issue 11): keeping answers private, export, leaving and deleting everything.
/// The person's grain orchestrates, as it owns the list of their relationships; each relationship applies its own rules.
/// </summary>
public sealed partial class PersonGrain : IPersonData
{
    public async Task<Guid> KeepPrivate(Guid relationshipId)
    {
        EnsureTakesPart(relationshipId);
        var shared = Safety(relationshipId);
        var taken = await shared.TakePrivateDraft(PersonId);
        Limits.CheckRoomForRelationship(State.Relationships.Count);

        // Listed before anything is copied, so a copy that stops half-way is still this person's to see and to delete.
        var reflectionId = Guid.NewGuid();
        await Commit(State with { Relationships = State.Relationships.Add(reflectionId) });
        var reflection = Relationship(reflectionId);
        await reflection.Open(new RelationshipOpening(PersonId, State.DisplayName, taken.Kind, taken.Label, taken.OtherName, Solo: true));
        if (taken.Draft is { } draft)
        {
            await reflection.SaveDraft(PersonId, draft);
            await SubmitWhenComplete(reflection, PersonId);

            // Only once the copy is stored is the shared draft emptied: never a moment without the words.
            await shared.ClearPrivateDraft(PersonId, draft);
        }

        return reflectionId;
    }

    public async Task<PersonExport> Export()
    {
        EnsureRegistered();
        var views = await Task.WhenAll(State.Relationships.Select(id => StillThere(Relationship(id).GetView(PersonId))));
        return new PersonExport(PersonId, State.DisplayName, [.. views.OfType<RelationshipView>()]);
    }

    public async Task LeaveRelationship(Guid relationshipId)
    {
        EnsureTakesPart(relationshipId);
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
        // Asked again after a failover had already deleted the person: done, nothing more to do.
        if (!State.IsRegistered)
        {
            return;
        }

        // SESSIONS (issue 12): leave the person's sessions here, and close those they facilitate, before their
        // relationships: a facilitated pair is left through its session, and refuses a direct leave.
        foreach (var relationshipId in State.Relationships)
        {
            try
            {
                await Safety(relationshipId).Leave(PersonId);
            }
            catch (AuditRuleException e) when (e.Failure == RuleFailure.NotFound)
            {
                // Removed from it earlier: nothing of theirs is left there.
            }

            // Written as it goes, so a deletion that stops part-way can be asked for again and goes on from there.
            await Commit(State with { Relationships = State.Relationships.Remove(relationshipId) });
        }

        await store.ClearStateAsync();
        store.State = new PersonState();
        try
        {
            await EveryHost.ForgetPerson(GrainFactory, PersonId, time);
        }
        catch (Exception e)
        {
            HostsNotToldOfDeletion(logger, e);
        }

        DeactivateOnIdle();
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

    /// <summary>The answer of a relationship, or null when it answers that it is not there (this person was removed).</summary>
    private static async Task<T?> StillThere<T>(Task<T> answer)
        where T : class
    {
        try
        {
            return await answer;
        }
        catch (AuditRuleException e) when (e.Failure == RuleFailure.NotFound)
        {
            return null;
        }
    }

    private void EnsureTakesPart(Guid relationshipId)
    {
        EnsureRegistered();
        if (!State.Relationships.Contains(relationshipId))
        {
            throw AuditRuleException.NotFound();
        }
    }

    private IRelationshipSafety Safety(Guid id) => GrainFactory.ByGuid<IRelationshipSafety>(id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not every host confirmed that it forgot a deleted person's access key; the rest forget it when their confirmations expire.")]
    private static partial void HostsNotToldOfDeletion(ILogger logger, Exception error);
}
