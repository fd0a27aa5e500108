using System.Collections.Immutable;
using Reciprocity.People;

namespace Reciprocity.Grains.Reminders;

/// <summary>
/// Who has an agreed check-in, and from when: stored, so a restart forgets no one. It wakes people one-way (it
/// never waits on a person, who calls it); each person marks their next date again once told.
/// </summary>
public sealed class CheckInCalendarGrain(
    [PersistentState("calendar", ReciprocityStorage.Name)] IPersistentState<CheckInCalendarState> store,
    TimeProvider time) : Grain, ICheckInCalendarGrain
{
    public async Task Mark(Guid personId, DateOnly? earliest)
    {
        var current = store.State.Earliest.TryGetValue(personId, out var day) ? day : (DateOnly?)null;
        if (current == earliest)
        {
            return;
        }

        var next = earliest is { } date ? store.State.Earliest.SetItem(personId, date) : store.State.Earliest.Remove(personId);
        await store.Replace(new CheckInCalendarState { Earliest = next });
    }

    public Task<int> WakeDue()
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var due = store.State.Earliest.Where(entry => entry.Value <= today).Select(entry => entry.Key).ToList();
        foreach (var personId in due)
        {
            _ = GrainFactory.ByGuid<IPersonReminders>(personId).RemindDueCheckIns();
        }

        return Task.FromResult(due.Count);
    }
}

/// <summary>The earliest agreed check-in of each person who has one.</summary>
[GenerateSerializer, Alias("Reciprocity.CheckInCalendarState")]
public sealed record CheckInCalendarState
{
    [Id(0)] public ImmutableDictionary<Guid, DateOnly> Earliest { get; init; } = ImmutableDictionary<Guid, DateOnly>.Empty;
}
