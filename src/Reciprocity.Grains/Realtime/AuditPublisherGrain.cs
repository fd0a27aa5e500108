using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Reciprocity.Realtime;

namespace Reciprocity.Grains.Realtime;

/// <summary>
/// Fans live events out to every host's relay. A stateless worker, so publishing stays on the publishing
/// silo; one per silo, so its copy of the directory is the silo's copy (sending one-way is cheap, one is enough).
/// It re-reads the directory at most once every <see cref="Freshness"/>.
/// </summary>
[StatelessWorker(1)]
public sealed partial class AuditPublisherGrain(TimeProvider time, ILogger<AuditPublisherGrain> logger) : Grain, IAuditPublisherGrain
{
    /// <summary>How old the list of hosts may be; a host that registers is reached by every publisher after this.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromMilliseconds(250);

    // While the directory's silo is dead but not yet declared dead, its calls fail or hang: wait this long at most.
    private static readonly TimeSpan ReadBound = TimeSpan.FromSeconds(2);

    private IReadOnlyList<IAuditRelay> _relays = [];
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    public async Task Publish(LiveMessage message)
    {
        foreach (var relay in await Relays())
        {
            relay.Deliver(message).Ignore();
        }
    }

    private async ValueTask<IReadOnlyList<IAuditRelay>> Relays()
    {
        var now = time.GetUtcNow();
        if (now - _readAt > Freshness)
        {
            // Set before the read: while the directory is unreachable, at most one bounded wait per Freshness.
            _readAt = now;
            try
            {
                _relays = await GrainFactory.GetGrain<IRelayDirectoryGrain>(0).GetRelays().WaitAsync(ReadBound, time);
            }
            catch (Exception e)
            {
                // The last known hosts are still the best guess; dropping the event would lose it for every host.
                DirectoryUnreachable(logger, _relays.Count, e);
            }
        }

        return _relays;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The relay directory did not answer; publishing to the {Count} hosts known before.")]
    private static partial void DirectoryUnreachable(ILogger logger, int count, Exception error);
}
