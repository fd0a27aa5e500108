using System.Collections.Immutable;
using Reciprocity.Grains.Rules;
using Reciprocity.People;

namespace Reciprocity.Grains.People;

/// <summary>What one person's writing holds, relationship by relationship; see <see cref="IWritingBudgetGrain"/>.</summary>
public sealed class WritingBudgetGrain(
    [PersistentState("budget", ReciprocityStorage.Name)] IPersistentState<WritingBudgetState> store) : Grain, IWritingBudgetGrain
{
    public async Task<bool> Hold(Guid relationshipId, long bytes)
    {
        var held = store.State.Held;
        if (held.GetValueOrDefault(relationshipId) == bytes)
        {
            return true;
        }

        var next = bytes > 0 ? held.SetItem(relationshipId, bytes) : held.Remove(relationshipId);
        if (bytes > held.GetValueOrDefault(relationshipId) && next.Values.Sum() > Limits.PersonTextBudget)
        {
            return false;
        }

        if (next.IsEmpty)
        {
            await store.ClearStateAsync();
            store.State = new WritingBudgetState();
        }
        else
        {
            await store.Replace(new WritingBudgetState { Held = next });
        }

        return true;
    }

    public async Task Forget()
    {
        if (store.RecordExists)
        {
            await store.ClearStateAsync();
        }

        store.State = new WritingBudgetState();
        DeactivateOnIdle();
    }
}

/// <summary>The bytes held for the person's writing in each of their relationships.</summary>
[GenerateSerializer, Alias("Reciprocity.WritingBudgetState")]
public sealed record WritingBudgetState
{
    [Id(0)] public ImmutableDictionary<Guid, long> Held { get; init; } = ImmutableDictionary<Guid, long>.Empty;
}
