using Reciprocity.Grains.Reminders;
using Reciprocity.People;

namespace Reciprocity.Grains.People;

/// <summary>
/// Reminders by email (issue 13): to the person's confirmed address only, at most one email a day, within the address's
/// own daily limit, and a one-click unsubscribe link in each. The day is counted from the last email sent, and stored
/// before sending, so a restart never sends twice.
/// </summary>
public sealed partial class PersonGrain : IPersonReminders
{
    private static readonly TimeSpan OneADay = TimeSpan.FromDays(1);

    // An unsubscribe link keeps working for this many emails after it (at one a day, two months).
    private const int UnsubscribeLinksKept = 60;

    public Task Remind(Reminder reminder) => SendWithinTheDay(reminder);

    public async Task CheckInDue(Guid relationshipId)
    {
        if (!State.IsRegistered || State.Email is null || !State.Relationships.Contains(relationshipId) || !RemindedLongAgo())
        {
            return;
        }

        var summary = await Answers.StillThere(Relationship(relationshipId).GetSummary(PersonId));
        if (summary is not null)
        {
            await SendWithinTheDay(new Reminder(ReminderKind.CheckInDue, relationshipId, summary.PartnerName, summary.Label));
        }
    }

    public async Task ScheduleCheckIn(Guid relationshipId, DateOnly? day)
    {
        if (!State.IsRegistered)
        {
            return;
        }

        var checkIns = day is { } due ? State.CheckIns.SetItem(relationshipId, due) : State.CheckIns.Remove(relationshipId);
        await Commit(State with { CheckIns = checkIns });
        await Calendar.Mark(PersonId, EarliestCheckIn());
    }

    public async Task RemindDueCheckIns()
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        foreach (var (relationshipId, _) in State.CheckIns.Where(checkIn => checkIn.Value <= today).ToList())
        {
            // Already emailed today: the check-in stays due, and is told on a later day.
            if (State.Email is not null && mail.IsAvailable && !RemindedLongAgo())
            {
                break;
            }

            await CheckInDue(relationshipId);
            await Commit(State with { CheckIns = State.CheckIns.Remove(relationshipId) });
        }

        await Calendar.Mark(PersonId, EarliestCheckIn());
        if (!State.IsRegistered)
        {
            DeactivateOnIdle();
        }
    }

    public async Task<bool> Unsubscribe(byte[] tokenHash)
    {
        if (!State.IsRegistered)
        {
            // A link made up for nobody must not keep an activation until idle collection.
            DeactivateOnIdle();
            return false;
        }

        if (!State.UnsubscribeHashes.Any(hash => SecretCode.Matches(hash, tokenHash)))
        {
            return false;
        }

        // The links stay known, so a second click says "done" again instead of "not found".
        if (State.Email is { } address)
        {
            await Commit(State with { Email = null, SignIn = State.SignIn with { Links = [], AddressClaimed = false } });
            await LetAddressGo(address);
        }

        return true;
    }

    private async Task SendWithinTheDay(Reminder reminder)
    {
        if (!State.IsRegistered || State.Email is not { } address || !mail.IsAvailable || !RemindedLongAgo() || !await Mailbox(address).TakeSend())
        {
            return;
        }

        var (token, hash) = SecretCode.Create(PersonId);
        var links = State.UnsubscribeHashes.Add(hash);
        var now = time.GetUtcNow();
        await Commit(State with { LastReminderAt = now, UnsubscribeHashes = links.Count > UnsubscribeLinksKept ? links.RemoveAt(0) : links });

        // Queued, never sent from here: a slow mail server must not hold this person's requests (issue 26 item 2).
        mail.Post(new ReminderEmail(address, State.DisplayName, reminder, token, now + OneADay, Languages.OrEnglish(State.Language)));
    }

    private DateOnly? EarliestCheckIn() => State.IsRegistered && !State.CheckIns.IsEmpty ? State.CheckIns.Values.Min() : null;

    private ICheckInCalendarGrain Calendar => GrainFactory.GetGrain<ICheckInCalendarGrain>(0);

    private bool RemindedLongAgo() => State.LastReminderAt is not { } last || time.GetUtcNow() - last >= OneADay;
}
