using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Orleans.Storage;
using Orleans.Utilities;
using Reciprocity.Realtime;

namespace Reciprocity.Grains.Realtime;

/// <summary>
/// The hosts currently relaying to SignalR connections. Each host renews its subscription well inside the expiry,
/// so a host that dies drops out by itself. The set of hosts is stored whenever it changes (not on renewals): when the
/// directory's own silo dies, it reactivates elsewhere with every live host already in it, instead of empty until
/// the next renewal, which would silently drop the events published meanwhile.
/// </summary>
public sealed partial class RelayDirectoryGrain(
    [PersistentState("relays", ReciprocityStorage.Name)] IPersistentState<RelayDirectoryState> store,
    ILogger<RelayDirectoryGrain> logger) : Grain, IRelayDirectoryGrain
{
    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(1);

    private readonly ObserverManager<IAuditRelay> _relays = new(Expiry, logger);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Stored hosts count as seen now: a dead one gets one more expiry period, a live one renews within seconds.
        foreach (var relay in store.State.Relays)
        {
            _relays.Subscribe(relay, relay);
        }

        return base.OnActivateAsync(cancellationToken);
    }

    public Task Subscribe(IAuditRelay relay)
    {
        _relays.Subscribe(relay, relay);
        return Remember();
    }

    public Task Unsubscribe(IAuditRelay relay)
    {
        _relays.Unsubscribe(relay);
        return Remember();
    }

    public Task<IReadOnlyList<IAuditRelay>> GetRelays()
    {
        _relays.ClearExpired();
        return Task.FromResult<IReadOnlyList<IAuditRelay>>([.. _relays]);
    }

    /// <summary>Stores the set of hosts when it differs from the stored one; renewals of known hosts write nothing.</summary>
    private async Task Remember()
    {
        _relays.ClearExpired();
        var current = _relays.Observers.Values.ToImmutableList();
        var previous = store.State;
        if (current.Count == previous.Relays.Count && current.All(previous.Relays.Contains))
        {
            return;
        }

        store.State = new RelayDirectoryState { Relays = current };
        try
        {
            await store.WriteStateAsync();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The in-memory list still serves events; the next renewal retries the write.
            store.State = previous;
            StoreFailed(logger, e);
            if (e is InconsistentStateException)
            {
                // Another activation wrote meanwhile (a brief duplicate during a membership change): reload from storage.
                DeactivateOnIdle();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not store the relay directory; it keeps serving from memory and retries on the next renewal.")]
    private static partial void StoreFailed(ILogger logger, Exception error);
}
