using MimeKit;
using Reciprocity.Grains.Reminders;
using Reciprocity.Host.Hosting;

namespace Reciprocity.Host.Reminders;

/// <summary>
/// Turns a queued email into a message. Every header is fixed words chosen by the kind of email, the configured
/// sender and the recipient's address: nothing anyone typed (issue 26 item 8). Reminders carry a one-click
/// unsubscribe (RFC 8058); confirmations and sign-in links are the same words for everyone, with only their link.
/// </summary>
public sealed class MailComposer(MailSettings settings, PublicLinks links)
{
    public const string ConfirmationSubject = "Please confirm your email address for Reciprocity";

    public const string SignInSubject = "Your link to sign in to Reciprocity";

    public MimeMessage Compose(OutgoingMail mail) => mail switch
    {
        ReminderEmail reminder => Reminder(reminder),
        EmailConfirmation confirmation => Message(confirmation.To, ConfirmationSubject,
            "Hello,\n\nSomeone asked Reciprocity to send reminders to this address. If that was you, please confirm it here "
            + $"(the link works once, within a day):\n\n{links.ConfirmEmailPage(confirmation.ConfirmToken)}\n\n"
            + "If it was not you, you need not do anything: without a confirmation we send nothing more to this address.\n\nReciprocity\n"),
        SignInEmail signIn => Message(signIn.To, SignInSubject,
            "Hello,\n\nSomeone asked to sign in to Reciprocity with this address. If that was you, open this link on the device "
            + $"you want to use and press the button there (the link works once, within 15 minutes):\n\n{links.SignInPage(signIn.SignInToken)}\n\n"
            + "Your personal link and your other devices keep working.\n\n"
            + "If it was not you, you need not do anything: nobody can sign in without this link.\n\nReciprocity\n"),
        _ => throw new ArgumentOutOfRangeException(nameof(mail), mail.GetType().Name, "No words for this kind of email."),
    };

    private MimeMessage Reminder(ReminderEmail email)
    {
        var message = Message(email.To, ReminderWords.Subject(email.Kind),
            $"{email.Body}\n\nOpen Reciprocity: {links.Home}\n\nNo more reminders? Unsubscribe here: {links.UnsubscribePage(email.UnsubscribeToken)}\n");
        message.Headers.Add("List-Unsubscribe", $"<{links.OneClickUnsubscribe(email.UnsubscribeToken)}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return message;
    }

    private MimeMessage Message(string to, string subject, string text)
    {
        var message = new MimeMessage { Subject = subject };
        message.From.Add(MailboxAddress.Parse(settings.From));

        // The address alone, with no display name: the only header value a person gave, checked when it was given.
        message.To.Add(new MailboxAddress("", to));
        message.Body = new TextPart("plain") { Text = text };
        return message;
    }
}
