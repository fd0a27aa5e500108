using System.Globalization;
using Orleans.Runtime;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Reciprocity.Storage;

/// <summary>
/// The grain storage the grains use: Orleans' ADO.NET provider for reads, and the database's group commit
/// (<see cref="IGroupCommit"/>) for writes and clears. Orleans' provider has no seam for batching its writes (it runs
/// each statement on a connection of its own, see README.md), so this decorator does what the provider would do for a
/// write — the same serializer, the same row keys and hashes, the same query row — and hands the group commit a typed
/// write. A version conflict comes back as a value and leaves here as the provider's own
/// <see cref="InconsistentStateException"/>.
/// </summary>
internal sealed class GroupCommitGrainStorage(
    AdoNetGrainStorage provider, IGroupCommit groupCommit, string name, string serviceId, IActivatorProvider activators)
    : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        provider.ReadStateAsync(stateName, grainId, grainState);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        provider.ReadStateAsync(stateName, grainId, grainState, cancellationToken);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var key = Key(stateName, grainId, grainState);
        var payload = provider.Serializer.Serialize(grainState.State).ToArray();
        var outcome = await groupCommit.WriteAsync(GrainRowWrite.Store(key, Version(grainState.ETag), payload), cancellationToken).ConfigureAwait(false);
        grainState.ETag = Accept(outcome, "WriteState", key, grainId, grainState.ETag);
        grainState.RecordExists = true;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grainState);

        // As the provider does: a grain that never saw its row reads it first, and nothing stored means nothing to clear.
        if (!grainState.RecordExists)
        {
            await provider.ReadStateAsync(stateName, grainId, grainState, cancellationToken).ConfigureAwait(false);
            if (!grainState.RecordExists)
            {
                return;
            }
        }

        var key = Key(stateName, grainId, grainState);
        var outcome = await groupCommit.WriteAsync(GrainRowWrite.Clear(key, Version(grainState.ETag)), cancellationToken).ConfigureAwait(false);
        grainState.ETag = Accept(outcome, "ClearState", key, grainId, grainState.ETag);
        grainState.RecordExists = false;
        grainState.State = activators.GetActivator<T>().Create();
    }

    // The provider initialises itself (its queries for reads) at its lifecycle stage.
    public void Participate(ISiloLifecycle lifecycle) => provider.Participate(lifecycle);

    private GrainRowKey Key<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var hasher = provider.HashPicker.PickHasher(serviceId, name, stateName, grainId, grainState)
            ?? throw new InvalidOperationException($"The storage's hash picker offered no hasher for '{stateName}'.");
        return GrainRowKey.For(serviceId, stateName, grainId, hasher.Hash);
    }

    private static int? Version(string? etag) =>
        string.IsNullOrWhiteSpace(etag) ? null : int.Parse(etag, CultureInfo.InvariantCulture);

    // The provider's rule: no version back, or the grain's own version back, means the row was not written.
    private string Accept(WriteOutcome outcome, string operation, GrainRowKey key, GrainId grainId, string? etag)
    {
        var version = outcome.NewVersion?.ToString(CultureInfo.InvariantCulture);
        if (outcome.IsConflict || version == etag)
        {
            throw new InconsistentStateException(
                $"Version conflict ({operation}): ServiceId={serviceId} ProviderName={name} GrainType={key.GrainType} GrainId={grainId} ETag={etag}.");
        }

        return version!;
    }
}
