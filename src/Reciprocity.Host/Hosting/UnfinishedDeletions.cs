using Reciprocity.People;
using Reciprocity.Storage;

namespace Reciprocity.Host.Hosting;

/// <summary>
/// At start, and every few minutes after, asks the list of unfinished deletions to finish them: a deletion stopped by a
/// crash or a failover is finished without the person asking again. Every silo does; a repeat deletes nothing twice.
/// At start it also runs the erasure step once: a host killed after removing words and before erasing them (a leave,
/// a deletion that had just finished) leaves no byte of them on disk for good.
/// </summary>
public sealed partial class UnfinishedDeletions(IGrainFactory grains, TimeProvider time, ILogger<UnfinishedDeletions> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        try
        {
            await EraseLeftovers();
            do
            {
                await Resume();
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task Resume()
    {
        try
        {
            await grains.GetGrain<IUnfinishedDeletionsGrain>(0).ResumeAll();
        }
        catch (Exception e)
        {
            // Stored: the next round asks again.
            NotResumed(logger, e);
        }
    }

    private async Task EraseLeftovers()
    {
        try
        {
            await grains.GetGrain<IErasureGrain>(0).AfterDeletion();
        }
        catch (Exception e)
        {
            // The next erasure (any leave or deletion) covers it.
            NotErased(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The start-up erasure of words removed before a restart did not run; the next leave or deletion erases them.")]
    private static partial void NotErased(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The list of unfinished deletions could not be asked to finish them; it is asked again in a few minutes.")]
    private static partial void NotResumed(ILogger logger, Exception error);
}
