using System.Collections.Immutable;
using Reciprocity.People;

namespace Reciprocity.Grains.People;

/// <summary>The people whose deletion started and has not finished; see <see cref="IUnfinishedDeletionsGrain"/>.</summary>
public sealed class UnfinishedDeletionsGrain(
    [PersistentState("deletions", ReciprocityStorage.Name)] IPersistentState<UnfinishedDeletionsState> store) : Grain, IUnfinishedDeletionsGrain
{
    public async Task Started(Guid personId)
    {
        if (!store.State.People.Contains(personId))
        {
            await store.Replace(new UnfinishedDeletionsState { People = store.State.People.Add(personId) });
        }
    }

    public async Task Finished(Guid personId)
    {
        if (store.State.People.Contains(personId))
        {
            await store.Replace(new UnfinishedDeletionsState { People = store.State.People.Remove(personId) });
        }
    }

    public Task<int> ResumeAll()
    {
        foreach (var personId in store.State.People)
        {
            _ = GrainFactory.ByGuid<IPersonData>(personId).FinishDeletion();
        }

        return Task.FromResult(store.State.People.Count);
    }
}

/// <summary>Whose deletion is under way.</summary>
[GenerateSerializer, Alias("Reciprocity.UnfinishedDeletionsState")]
public sealed record UnfinishedDeletionsState
{
    [Id(0)] public ImmutableHashSet<Guid> People { get; init; } = [];
}
