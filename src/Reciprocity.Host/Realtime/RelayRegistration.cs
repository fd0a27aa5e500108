using Reciprocity.Grains.Realtime;
using Reciprocity.Realtime;

namespace Reciprocity.Host.Realtime;

/// <summary>
/// Keeps this host's relay in the cluster's directory: subscribes at start, renews well inside the directory's
/// expiry, and leaves on a clean stop. It reports itself registered only once every publisher's copy of the directory
/// includes this host, so a client that watches here as soon as the host is ready misses no event. On a front end
/// (no silo of its own: <paramref name="membership"/> and <paramref name="silo"/> are absent) the relay is an observer of
/// its Orleans client, registered once the client has connected and renewed through whichever gateway it uses.
/// </summary>
public sealed partial class RelayRegistration(
    IGrainFactory grains,
    HubRelay relay,
    ILogger<RelayRegistration> logger,
    IClusterMembershipService? membership = null,
    ILocalSiloDetails? silo = null) : BackgroundService
{
    private static readonly TimeSpan Renewal = TimeSpan.FromSeconds(5);

    // Until the first subscription went through (a front end waiting for the silos), try again sooner than a renewal.
    private static readonly TimeSpan FirstAttempts = TimeSpan.FromMilliseconds(500);

    // A publisher's list is at most Freshness old when it sends (plus a read in flight): after this, it lists this host.
    private static readonly TimeSpan PublishersCaughtUp = AuditPublisherGrain.Freshness + TimeSpan.FromMilliseconds(250);

    private readonly TaskCompletionSource _registered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IAuditRelay? _reference;
    private int _failedAttempts;

    /// <summary>Completes once this host receives the cluster's events.</summary>
    public bool IsRegistered => _registered.Task.IsCompleted;

    public Task Registered => _registered.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(FirstAttempts);
        do
        {
            try
            {
                // A client makes object references only once connected: a front end retries until it is.
                _reference ??= grains.CreateObjectReference<IAuditRelay>(relay);
                await grains.GetGrain<IRelayDirectoryGrain>(0).Subscribe(_reference);
                if (!_registered.Task.IsCompleted)
                {
                    // Other silos' publishers may hold a list read before this host subscribed; alone, there are none.
                    if (OtherSilosAreActive())
                    {
                        await Task.Delay(PublishersCaughtUp, stoppingToken).ConfigureAwait(false);
                    }

                    _registered.TrySetResult();
                    timer.Period = Renewal;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Before the first subscription (a front end waiting for the silos) one line in twenty is enough.
                if (_registered.Task.IsCompleted || ++_failedAttempts % 20 == 1)
                {
                    RenewalFailed(logger, e);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private bool OtherSilosAreActive()
    {
        if (membership is null || silo is null)
        {
            // A front end: every silo is another one.
            return true;
        }

        var snapshot = membership.CurrentSnapshot;
        return snapshot.Members.Values.Any(member => member.Status == SiloStatus.Active && !member.SiloAddress.Equals(silo.SiloAddress));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_reference is not null)
        {
            try
            {
                await grains.GetGrain<IRelayDirectoryGrain>(0).Unsubscribe(_reference).WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            }
            catch (Exception e)
            {
                UnsubscribeFailed(logger, e);
            }
        }

        await base.StopAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew this host's relay subscription; retrying.")]
    private static partial void RenewalFailed(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not unsubscribe this host's relay on stop; it will expire.")]
    private static partial void UnsubscribeFailed(ILogger logger, Exception error);
}
