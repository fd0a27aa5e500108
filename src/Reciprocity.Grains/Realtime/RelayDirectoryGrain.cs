using Microsoft.Extensions.Logging;
using Orleans.Utilities;
using Reciprocity.Realtime;

namespace Reciprocity.Grains.Realtime;

/// <summary>
/// The hosts currently relaying to SignalR connections. Each host renews its subscription well inside the expiry,
/// so a host that dies drops out by itself and a directory that moved to another silo is refilled within one renewal.
/// </summary>
public sealed class RelayDirectoryGrain(ILogger<RelayDirectoryGrain> logger) : Grain, IRelayDirectoryGrain
{
    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(1);

    private readonly ObserverManager<IAuditRelay> _relays = new(Expiry, logger);

    public Task Subscribe(IAuditRelay relay)
    {
        _relays.Subscribe(relay, relay);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(IAuditRelay relay)
    {
        _relays.Unsubscribe(relay);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<IAuditRelay>> GetRelays()
    {
        _relays.ClearExpired();
        return Task.FromResult<IReadOnlyList<IAuditRelay>>([.. _relays]);
    }
}
