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
/// expired), and the language of its words (the person's, issue 23). Every header the sender writes is fixed words
/// chosen by the kind of email and the language; nothing anyone typed.
/// </summary>
public abstract record OutgoingMail(string To, DateTimeOffset NotAfter, string Language);

/// <summary>
/// A reminder: who it is for and the relationship's names (never any perspective's content) for its body, its kind
/// picks the subject, and the secret of its unsubscribe link. The host words it (<c>MailComposer</c>).
/// </summary>
public sealed record ReminderEmail(string To, string DisplayName, Reminder Reminder, string UnsubscribeToken, DateTimeOffset NotAfter, string Language)
    : OutgoingMail(To, NotAfter, Language);

/// <summary>The confirmation an address gets: only the secret of its link (the words are the sender's, the same for everyone).</summary>
public sealed record EmailConfirmation(string To, string ConfirmToken, DateTimeOffset NotAfter, string Language) : OutgoingMail(To, NotAfter, Language);

/// <summary>A one-time sign-in link to a confirmed address: only the secret of its link, fixed words for everyone.</summary>
public sealed record SignInEmail(string To, string SignInToken, DateTimeOffset NotAfter, string Language) : OutgoingMail(To, NotAfter, Language);
