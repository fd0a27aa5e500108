using Reciprocity.Relationships;

namespace Reciprocity.Host.Realtime;

/// <summary>
/// When a silo of the cluster is lost, the relationships it held may have stored a reveal or a status that
/// nobody was told of. This host asks every relationship its connections watch to announce where it stands; each
/// new activation does so once, so every watcher receives each reveal at least once. Where the news of a loss comes
/// from depends on the host's role (<see cref="ISiloLosses"/>): the membership with a silo, the gateways on a front end.
/// </summary>
public sealed partial class AnnounceAfterSiloLoss(
    ISiloLosses losses,
    WatchedRelationships watched,
    IGrainFactory grains,
    ILogger<AnnounceAfterSiloLoss> logger) : BackgroundService
{
    // The grain directory may still point at the dead silo for a moment: ask again, a bounded number of times.
    private static readonly TimeSpan[] Retries = [TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var _ in losses.Losses(stoppingToken))
        {
            await AskToAnnounce(stoppingToken);
        }
    }

    private async Task AskToAnnounce(CancellationToken stoppingToken)
    {
        var relationships = watched.All();
        var unanswered = 0;
        await Parallel.ForEachAsync(relationships, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = stoppingToken }, async (relationshipId, cancellation) =>
        {
            if (!await Reannounce(relationshipId, cancellation))
            {
                Interlocked.Increment(ref unanswered);
            }
        });
        AskedToAnnounce(logger, relationships.Count, unanswered);
    }

    private async Task<bool> Reannounce(Guid relationshipId, CancellationToken cancellation)
    {
        foreach (var wait in Retries)
        {
            try
            {
                await grains.ByGuid<IRelationshipGrain>(relationshipId).Reannounce().WaitAsync(TimeSpan.FromSeconds(5), cancellation);
                return true;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellation.IsCancellationRequested)
            {
                await Task.Delay(wait, cancellation);
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A silo was lost: asked {Count} watched relationships to announce where they stand ({Unanswered} did not answer).")]
    private static partial void AskedToAnnounce(ILogger logger, int count, int unanswered);
}
