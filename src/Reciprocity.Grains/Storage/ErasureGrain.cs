using Orleans.Concurrency;
using Reciprocity.Storage;

namespace Reciprocity.Grains.Storage;

/// <summary>Runs the host's clean-up on the silo that takes the call; one at a time per silo (the clean-up serialises itself).</summary>
[StatelessWorker(1)]
public sealed class ErasureGrain(IStorageErasure erasure) : Grain, IErasureGrain
{
    public Task AfterDeletion() => erasure.AfterDeletion();
}
