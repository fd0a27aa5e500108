using Orleans.Concurrency;
using Reciprocity.Realtime;

namespace Reciprocity.Grains.Realtime;

/// <summary>
/// Fans a relationship's events out to every host's relay. A stateless worker on each silo, so publishing stays local
/// and no single activation is hot; it re-reads the directory at most once a second.
/// </summary>
[StatelessWorker]
public sealed class AuditPublisherGrain(TimeProvider time) : Grain, IAuditPublisherGrain
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);

    private IReadOnlyList<IAuditRelay> _relays = [];
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    public async Task PublishStatus(StatusChanged change)
    {
        foreach (var relay in await Relays())
        {
            relay.OnStatusChanged(change).Ignore();
        }
    }

    public async Task PublishReveal(Revealed reveal)
    {
        foreach (var relay in await Relays())
        {
            relay.OnRevealed(reveal).Ignore();
        }
    }

    private async ValueTask<IReadOnlyList<IAuditRelay>> Relays()
    {
        if (time.GetUtcNow() - _readAt > Freshness)
        {
            _relays = await GrainFactory.GetGrain<IRelayDirectoryGrain>(0).GetRelays();
            _readAt = time.GetUtcNow();
        }

        return _relays;
    }
}
