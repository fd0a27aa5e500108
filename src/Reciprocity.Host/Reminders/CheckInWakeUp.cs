using Reciprocity.People;

namespace Reciprocity.Host.Reminders;

/// <summary>Once an hour, asks the check-in calendar to wake the people whose agreed check-in is due. Every host does; a repeat tells no one twice.</summary>
public sealed partial class CheckInWakeUp(IGrainFactory grains, TimeProvider time, ILogger<CheckInWakeUp> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await Wake();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task Wake()
    {
        try
        {
            await grains.GetGrain<ICheckInCalendarGrain>(0).WakeDue();
        }
        catch (Exception e)
        {
            // The next hour asks again; nothing due is forgotten, it is stored.
            NotWoken(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The check-in calendar could not be asked for due check-ins this hour.")]
    private static partial void NotWoken(ILogger logger, Exception error);
}
