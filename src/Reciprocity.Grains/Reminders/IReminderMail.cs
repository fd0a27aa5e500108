namespace Reciprocity.Grains.Reminders;

/// <summary>Sends reminder emails; the host provides it (through the mail server in its configuration).</summary>
public interface IReminderMail
{
    /// <summary>False when the operator configured no mail server: then nothing is sent.</summary>
    bool IsAvailable { get; }

    /// <summary>Sends one reminder to a confirmed address; a failure is logged by the sender (without the address) and never thrown.</summary>
    Task Send(ReminderEmail email);

    /// <summary>Sends the one email an address gets before it is confirmed: fixed words and the link, nothing anyone typed.</summary>
    Task SendConfirmation(EmailConfirmation email);
}

/// <summary>One email: plain words, never any perspective's content, and the secret of its unsubscribe link.</summary>
public sealed record ReminderEmail(string To, string Subject, string Body, string UnsubscribeToken);

/// <summary>The confirmation an address gets: only the secret of its link (the words are the sender's, the same for everyone).</summary>
public sealed record EmailConfirmation(string To, string ConfirmToken);
