using Orleans.Concurrency;

namespace Reciprocity.People;

/// <summary>A person's reminders by email: their address, what they are told, at most once a day, and unsubscribing.</summary>
[Alias("Reciprocity.IPersonReminders")]
public interface IPersonReminders : IGrainWithGuidKey
{
    /// <summary>Sets the address reminders go to; returns it as stored.</summary>
    [Alias("SetEmail")]
    Task<string> SetEmail(string email);

    /// <summary>Removes the address: nothing more is sent.</summary>
    [Alias("RemoveEmail")]
    Task RemoveEmail();

    /// <summary>Told by a relationship that something awaits this person there. One-way: a relationship never waits on a person.</summary>
    [OneWay, Alias("Remind")]
    Task Remind(Reminder reminder);

    /// <summary>An agreed check-in of the relationship is due: the person is told, within the daily limit.</summary>
    [OneWay, Alias("CheckInDue")]
    Task CheckInDue(Guid relationshipId);

    /// <summary>Removes the address when the hash matches one of the unsubscribe links sent; false when none does.</summary>
    [Alias("Unsubscribe")]
    Task<bool> Unsubscribe(byte[] tokenHash);
}

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
