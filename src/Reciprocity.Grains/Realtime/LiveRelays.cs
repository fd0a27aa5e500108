using Microsoft.Extensions.Logging;
using Reciprocity.Realtime;

namespace Reciprocity.Grains.Realtime;

/// <summary>
/// Sends live events from the grain that makes them straight to every host's relay: one per silo, holding the silo's
/// copy of the relay directory, re-read at most once every <see cref="Freshness"/>. Events go out in the order they
/// were published: while the directory is being read, later events wait behind the one that asked for it.
/// </summary>
public sealed partial class LiveRelays(IGrainFactory grains, TimeProvider time, ILogger<LiveRelays> logger)
{
    /// <summary>How old the list of hosts may be; a host that registers is reached by every silo after this.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromMilliseconds(250);

    // While the directory's silo is dead but not yet declared dead, its calls fail or hang: wait this long at most.
    private static readonly TimeSpan ReadBound = TimeSpan.FromSeconds(2);

    private readonly Lock _lock = new();
    private IReadOnlyList<IAuditRelay> _relays = [];
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    // The last event waiting for a directory read; completed when none waits.
    private Task _waiting = Task.CompletedTask;

    /// <summary>Sends at once while the list is fresh; otherwise after the read, in order. Never throws.</summary>
    public void Publish(LiveMessage message)
    {
        lock (_lock)
        {
            if (_waiting.IsCompleted && !IsStale())
            {
                Send(_relays, message);
                return;
            }

            _waiting = SendAfterRead(_waiting, message);
        }
    }

    private bool IsStale() => time.GetUtcNow() - _readAt > Freshness;

    private async Task SendAfterRead(Task earlier, LiveMessage message)
    {
        await earlier.ConfigureAwait(false);
        Task<IReadOnlyList<IAuditRelay>>? read = null;
        lock (_lock)
        {
            if (IsStale())
            {
                // Set before the read: while the directory is unreachable, at most one bounded wait per Freshness.
                _readAt = time.GetUtcNow();
                read = grains.GetGrain<IRelayDirectoryGrain>(0).GetRelays();
            }
        }

        if (read is not null)
        {
            try
            {
                var relays = await read.WaitAsync(ReadBound, time).ConfigureAwait(false);
                lock (_lock)
                {
                    _relays = relays;
                }
            }
            catch (Exception e)
            {
                // The last known hosts are still the best guess; dropping the event would lose it for every host.
                DirectoryUnreachable(logger, _relays.Count, e);
            }
        }

        lock (_lock)
        {
            Send(_relays, message);
        }
    }

    private static void Send(IReadOnlyList<IAuditRelay> relays, LiveMessage message)
    {
        foreach (var relay in relays)
        {
            relay.Deliver(message).Ignore();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The relay directory did not answer; publishing to the {Count} hosts known before.")]
    private static partial void DirectoryUnreachable(ILogger logger, int count, Exception error);
}
