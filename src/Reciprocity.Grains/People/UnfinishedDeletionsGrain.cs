using System.Collections.Immutable;
using Reciprocity.People;
using Reciprocity.Practice;

namespace Reciprocity.Grains.People;

/// <summary>The people, and the practices deleting a household, whose deletion started and has not finished; see <see cref="IUnfinishedDeletionsGrain"/>.</summary>
public sealed class UnfinishedDeletionsGrain(
    [PersistentState("deletions", ReciprocityStorage.Name)] IPersistentState<UnfinishedDeletionsState> store) : Grain, IUnfinishedDeletionsGrain
{
    public async Task Started(Guid personId)
    {
        if (!store.State.People.Contains(personId))
        {
            await store.Replace(store.State with { People = store.State.People.Add(personId) });
        }
    }

    public async Task Finished(Guid personId)
    {
        if (store.State.People.Contains(personId))
        {
            await store.Replace(store.State with { People = store.State.People.Remove(personId) });
        }
    }

    public async Task PracticeStarted(Guid facilitatorId)
    {
        if (!store.State.Practices.Contains(facilitatorId))
        {
            await store.Replace(store.State with { Practices = store.State.Practices.Add(facilitatorId) });
        }
    }

    public async Task PracticeFinished(Guid facilitatorId)
    {
        if (store.State.Practices.Contains(facilitatorId))
        {
            await store.Replace(store.State with { Practices = store.State.Practices.Remove(facilitatorId) });
        }
    }

    public Task<int> ResumeAll()
    {
        foreach (var personId in store.State.People)
        {
            _ = GrainFactory.ByGuid<IPersonData>(personId).FinishDeletion();
        }

        foreach (var facilitatorId in store.State.Practices)
        {
            _ = GrainFactory.ByGuid<IPracticeGrain>(facilitatorId).FinishDeletions();
        }

        return Task.FromResult(store.State.People.Count + store.State.Practices.Count);
    }
}

/// <summary>Whose deletion is under way.</summary>
[GenerateSerializer, Alias("Reciprocity.UnfinishedDeletionsState")]
public sealed record UnfinishedDeletionsState
{
    [Id(0)] public ImmutableHashSet<Guid> People { get; init; } = [];

    /// <summary>The facilitators with a household deletion under way.</summary>
    [Id(1)] public ImmutableHashSet<Guid> Practices { get; init; } = [];
}
