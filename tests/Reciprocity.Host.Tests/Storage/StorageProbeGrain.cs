using Reciprocity.Storage;

namespace Reciprocity.Host.Tests.Storage;

/// <summary>Writes through the "reciprocity" grain storage, answering only after the write completed.</summary>
public sealed class StorageProbeGrain(
    [PersistentState("x", StorageSetup.GrainStorageName)] IPersistentState<StorageProbeState> state) : Grain, IStorageProbeGrain
{
    public async Task Write(string value)
    {
        state.State = state.State with { Value = value, Writes = state.State.Writes + 1 };
        await state.WriteStateAsync();
    }

    public Task<string?> Read() => Task.FromResult(state.State.Value);

    public Task Clear() => state.ClearStateAsync();
}
