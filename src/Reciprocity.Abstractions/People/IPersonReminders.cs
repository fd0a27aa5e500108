using Orleans.Concurrency;

namespace Reciprocity.People;

/// <summary>
/// A person's reminders by email: their address, confirmed by its owner before anything but the confirmation is sent
/// to it, what they are told, at most once a day, and unsubscribing.
/// </summary>
[Alias("Reciprocity.IPersonReminders")]
public interface IPersonReminders : IGrainWithGuidKey
{
    /// <summary>
    /// Asks for reminders to go to an address: it waits for confirmation from a link sent there (reminders keep going
    /// to the confirmed address, if any, until then). Returns both addresses as stored.
    /// </summary>
    [Alias("SetEmail")]
    Task<EmailStatus> SetEmail(string email);

    /// <summary>The owner of the waiting address confirmed it: reminders go there from now on. False for an unknown, used or expired link.</summary>
    [Alias("ConfirmEmail")]
    Task<bool> ConfirmEmail(byte[] tokenHash);

    /// <summary>Removes the address and any address waiting for confirmation: nothing more is sent.</summary>
    [Alias("RemoveEmail")]
    Task RemoveEmail();

    /// <summary>Told by a relationship that something awaits this person there. One-way: a relationship never waits on a person.</summary>
    [OneWay, Alias("Remind")]
    Task Remind(Reminder reminder);

    /// <summary>An agreed check-in of the relationship is due: the person is told, within the daily limit.</summary>
    [OneWay, Alias("CheckInDue")]
    Task CheckInDue(Guid relationshipId);

    /// <summary>The agreed next check-in of a relationship (null: none), kept until it is due and told.</summary>
    [OneWay, Alias("ScheduleCheckIn")]
    Task ScheduleCheckIn(Guid relationshipId, DateOnly? day);

    /// <summary>Woken by the calendar: tells the person of every check-in now due, within the daily limit.</summary>
    [OneWay, Alias("RemindDueCheckIns")]
    Task RemindDueCheckIns();

    /// <summary>Removes the address when the hash matches one of the unsubscribe links sent; false when none does.</summary>
    [Alias("Unsubscribe")]
    Task<bool> Unsubscribe(byte[] tokenHash);
}

/// <summary>Where reminders go (confirmed), and the address waiting for its owner's confirmation until <see cref="PendingUntil"/>.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.EmailStatus")]
public sealed record EmailStatus(
    [property: Id(0)] string? Email,
    [property: Id(1)] string? PendingEmail,
    [property: Id(2)] DateTimeOffset? PendingUntil);

/// <summary>What a reminder tells: never any perspective's content, only that something awaits, and where.</summary>
public enum ReminderKind
{
    /// <summary>The other person has finished while this person has not.</summary>
    OtherFinished,

    /// <summary>Both have finished, and the round opens together.</summary>
    ReadyTogether,

    /// <summary>An agreed check-in is due.</summary>
    CheckInDue,
}

/// <summary>One reminder for a person: its kind, the relationship, and the names the person already knows it by.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.Reminder")]
public sealed record Reminder(
    [property: Id(0)] ReminderKind Kind,
    [property: Id(1)] Guid RelationshipId,
    [property: Id(2)] string OtherName,
    [property: Id(3)] string Label);
