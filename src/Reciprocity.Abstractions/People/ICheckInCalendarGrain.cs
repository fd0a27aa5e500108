namespace Reciprocity.People;

/// <summary>
/// The cluster's calendar of agreed check-ins: for each person with one, the earliest date. A host asks it once an
/// hour to wake the people whose check-in is due; each person then tells themselves, within their daily limit.
/// </summary>
[Alias("Reciprocity.ICheckInCalendarGrain")]
public interface ICheckInCalendarGrain : IGrainWithIntegerKey
{
    /// <summary>The person's earliest agreed check-in, or null when they have none left.</summary>
    [Alias("Mark")]
    Task Mark(Guid personId, DateOnly? earliest);

    /// <summary>Wakes every person whose earliest check-in is today or before; returns how many.</summary>
    [Alias("WakeDue")]
    Task<int> WakeDue();
}
