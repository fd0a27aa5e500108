using Orleans.Runtime;
using Orleans.Storage;

namespace Reciprocity.Storage;

/// <summary>
/// The grain storage (<see cref="GroupCommitGrainStorage"/>) with two duties around it: every write's outcome goes to <see cref="StorageWriteHealth"/>
/// (readiness), and a database that cannot serve (full, read-only, unreachable) surfaces as a
/// <see cref="StorageUnavailableException"/>, which the host answers with 503 whichever silo the grain lives on.
/// </summary>
internal sealed partial class HealthReportingGrainStorage(
    IGrainStorage storage, StorageWriteHealth health, IGrainContextAccessor grains, ILogger<HealthReportingGrainStorage> logger, StorageTestHooks? hooks = null)
    : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Guard(() => storage.ReadStateAsync(stateName, grainId, grainState), stateName, write: false);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Guard(() => storage.WriteStateAsync(stateName, grainId, grainState), stateName, write: true);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Guard(() => storage.ClearStateAsync(stateName, grainId, grainState), stateName, write: true);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        Guard(() => storage.ReadStateAsync(stateName, grainId, grainState, cancellationToken), stateName, write: false);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        Guard(() => storage.WriteStateAsync(stateName, grainId, grainState, cancellationToken), stateName, write: true);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        Guard(() => storage.ClearStateAsync(stateName, grainId, grainState, cancellationToken), stateName, write: true);

    public void Participate(ISiloLifecycle lifecycle) => (storage as ILifecycleParticipant<ISiloLifecycle>)?.Participate(lifecycle);

    private async Task Guard(Func<Task> operation, string stateName, bool write)
    {
        // Taken before the first await: after it this runs off the grain's scheduler.
        var grain = grains.GrainContext;
        try
        {
            await operation().ConfigureAwait(false);
        }
        catch (Exception failure)
        {
            if (write)
            {
                // The write may have landed without its answer: the next call reads what is stored, from a new activation.
                grain?.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationError, "A state write failed."));
            }

            // A version conflict is Orleans' own signal to the grain, and says nothing about the database: passed on as it is.
            if (failure is InconsistentStateException || !StorageFailures.IsUnavailable(failure))
            {
                throw;
            }

            var reason = StorageFailures.Describe(failure);
            if (write)
            {
                health.Failed(reason);
            }

            StorageUnavailable(logger, write ? "write" : "read", stateName, reason);
            throw new StorageUnavailableException($"The database could not {(write ? "store" : "read")} grain state: {reason}", failure);
        }

        if (write)
        {
            health.Succeeded();
            hooks?.AfterStored?.Invoke(stateName);
        }
    }

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "The database could not {Operation} '{StateName}' state: {Reason}.")]
    private static partial void StorageUnavailable(ILogger logger, string operation, string stateName, string reason);
}
