using Reciprocity.People;

namespace Reciprocity.Grains.Reminders;

/// <summary>
/// Where grains hand over an email (issue 26 item 2): posting never touches the network and never waits, so no grain
/// call is held by a mail server; the host sends from a queue outside every grain, with one deadline per send, and
/// tries again later.
/// </summary>
public interface IMailQueue
{
    /// <summary>False when the operator configured no mail server: then nothing is sent.</summary>
    bool IsAvailable { get; }

    /// <summary>Queues one email; returns at once. A full queue drops it (logged without the address).</summary>
    void Post(OutgoingMail mail);
}

/// <summary>
/// One email waiting to be sent: its address and the time after which sending it would be no use (a link that
/// expired). Every header the sender writes is fixed words chosen by the kind of email; nothing anyone typed.
/// </summary>
public abstract record OutgoingMail(string To, DateTimeOffset NotAfter);

/// <summary>A reminder: plain words (never any perspective's content) in the body, its kind picks the subject, and the secret of its unsubscribe link.</summary>
public sealed record ReminderEmail(string To, ReminderKind Kind, string Body, string UnsubscribeToken, DateTimeOffset NotAfter) : OutgoingMail(To, NotAfter);

/// <summary>The confirmation an address gets: only the secret of its link (the words are the sender's, the same for everyone).</summary>
public sealed record EmailConfirmation(string To, string ConfirmToken, DateTimeOffset NotAfter) : OutgoingMail(To, NotAfter);

/// <summary>A one-time sign-in link to a confirmed address: only the secret of its link, fixed words for everyone.</summary>
public sealed record SignInEmail(string To, string SignInToken, DateTimeOffset NotAfter) : OutgoingMail(To, NotAfter);
