namespace Reciprocity.Host.Tests.Reminders;

/// <summary>The system's clock moved forward on request: timers keep real time, "now" jumps ahead by a day when asked.</summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
