using Reciprocity.Grains.Realtime;
using Reciprocity.Realtime;

namespace Reciprocity.Host.Realtime;

/// <summary>
/// Keeps this host's relay in the cluster's directory: subscribes at start, renews well inside the directory's
/// expiry, and leaves on a clean stop. It reports itself registered only once every publisher's copy of the directory
/// includes this host, so a client that watches here as soon as the host is ready misses no event.
/// </summary>
public sealed partial class RelayRegistration(
    IGrainFactory grains,
    IClusterMembershipService membership,
    ILocalSiloDetails silo,
    HubRelay relay,
    ILogger<RelayRegistration> logger) : BackgroundService
{
    private static readonly TimeSpan Renewal = TimeSpan.FromSeconds(5);

    // A publisher's list is at most Freshness old when it sends (plus a read in flight): after this, it lists this host.
    private static readonly TimeSpan PublishersCaughtUp = AuditPublisherGrain.Freshness + TimeSpan.FromMilliseconds(250);

    private readonly TaskCompletionSource _registered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IAuditRelay? _reference;

    /// <summary>Completes once this host receives the cluster's events.</summary>
    public bool IsRegistered => _registered.Task.IsCompleted;

    public Task Registered => _registered.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _reference = grains.CreateObjectReference<IAuditRelay>(relay);
        var directory = grains.GetGrain<IRelayDirectoryGrain>(0);
        using var timer = new PeriodicTimer(Renewal);
        do
        {
            try
            {
                await directory.Subscribe(_reference);
                if (!_registered.Task.IsCompleted)
                {
                    // Other silos' publishers may hold a list read before this host subscribed; alone, there are none.
                    if (OtherSilosAreActive())
                    {
                        await Task.Delay(PublishersCaughtUp, stoppingToken).ConfigureAwait(false);
                    }

                    _registered.TrySetResult();
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                RenewalFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private bool OtherSilosAreActive()
    {
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
