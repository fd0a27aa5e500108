using System.Threading.Channels;
using Reciprocity.Host.Realtime;

namespace Reciprocity.Host.Tiers;

/// <summary>
/// A front end's link to the silos: it keeps trying to connect at start (the silos may come up later), knows whether
/// any gateway is reachable now, and tells <see cref="AnnounceAfterSiloLoss"/> when a silo it used is gone.
/// </summary>
public sealed partial class ClusterConnection(ILogger<ClusterConnection> logger)
    : IClientConnectionRetryFilter, ILifecycleParticipant<IClusterClientLifecycle>, ISiloLosses
{
    private static readonly TimeSpan BetweenAttempts = TimeSpan.FromSeconds(1);

    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Channel<int> _losses = Channel.CreateBounded<int>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private int _gateways = -1;
    private int _attempts;

    /// <summary>Connected once, and a gateway is reachable now.</summary>
    public bool IsConnected => _connected.Task.IsCompleted && Volatile.Read(ref _gateways) != 0;

    /// <summary>Completes once the client has connected to the cluster for the first time.</summary>
    public Task Connected => _connected.Task;

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        // Every few seconds a line, not every attempt: a front end started before its silos waits quietly.
        if (Interlocked.Increment(ref _attempts) % 10 == 1)
        {
            NotConnected(logger, _attempts, exception.GetType().Name, exception.Message);
        }

        await Task.Delay(BetweenAttempts, cancellationToken).ConfigureAwait(false);
        return true;
    }

    public void Participate(IClusterClientLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        lifecycle.Subscribe(nameof(ClusterConnection), ServiceLifecycleStage.Active, _ =>
        {
            ConnectedToSilos(logger);
            _connected.TrySetResult();
            return Task.CompletedTask;
        });
    }

    /// <summary>The client's gateway count changed: fewer gateways means a silo went away (or our link to it).</summary>
    public void OnGatewayCountChanged(object? sender, GatewayCountChangedEventArgs change)
    {
        ArgumentNullException.ThrowIfNull(change);
        Volatile.Write(ref _gateways, change.NumberOfConnectedGateways);
        GatewaysChanged(logger, change.PreviousNumberOfConnectedGateways, change.NumberOfConnectedGateways);
        if (change.NumberOfConnectedGateways < change.PreviousNumberOfConnectedGateways)
        {
            _losses.Writer.TryWrite(change.NumberOfConnectedGateways);
        }
    }

    public async IAsyncEnumerable<int> Losses([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        await foreach (var remaining in _losses.Reader.ReadAllAsync(cancellation).ConfigureAwait(false))
        {
            yield return remaining;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not connected to the silos yet (attempt {Attempts}: {Failure}: {Reason}); trying again every second.")]
    private static partial void NotConnected(ILogger logger, int attempts, string failure, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connected to the silos.")]
    private static partial void ConnectedToSilos(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateways connected: {Previous} -> {Current}.")]
    private static partial void GatewaysChanged(ILogger logger, int previous, int current);
}
