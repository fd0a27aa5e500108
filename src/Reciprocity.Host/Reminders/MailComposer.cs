using MimeKit;
using Reciprocity.Grains.Reminders;
using Reciprocity.Host.Hosting;
using Reciprocity.Host.Words;
using Reciprocity.People;

namespace Reciprocity.Host.Reminders;

/// <summary>
/// Turns a queued email into a message, in its person's language (<see cref="HostWords"/>, issue 23). Every header
/// is fixed words chosen by the kind of email and the language, the configured sender and the recipient's address:
/// nothing anyone typed (issue 26 item 8). Reminders carry a one-click unsubscribe (RFC 8058); confirmations and
/// sign-in links are the same words for everyone of a language, with only their link.
/// </summary>
public sealed class MailComposer(MailSettings settings, PublicLinks links)
{
    public MimeMessage Compose(OutgoingMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var words = HostWords.For(mail.Language);
        return mail switch
        {
            ReminderEmail reminder => Reminder(reminder, words),
            EmailConfirmation confirmation => Message(confirmation.To, words["mail.confirmation.subject"],
                words.Format("mail.confirmation.body", ("link", links.ConfirmEmailPage(confirmation.ConfirmToken)))),
            SignInEmail signIn => Message(signIn.To, words["mail.signIn.subject"],
                words.Format("mail.signIn.body", ("link", links.SignInPage(signIn.SignInToken)))),
            _ => throw new ArgumentOutOfRangeException(nameof(mail), mail.GetType().Name, "No words for this kind of email."),
        };
    }

    // The names a person typed sit inside the host's words, each in its own isolate (Own), so an Arabic name in an
    // English sentence or a Latin one in an Arabic sentence keeps its direction in any mail program; the subject
    // holds none of them. A reminder whose other person has no name says "the other person" in the language's grammar.
    private MimeMessage Reminder(ReminderEmail email, HostWords words)
    {
        var reminder = email.Reminder;
        var named = string.IsNullOrWhiteSpace(reminder.OtherName) ? "no" : "yes";
        var otherName = Own.Isolated(reminder.OtherName);
        var where = words.Format("mail.reminder.where",
            ("labelled", string.IsNullOrWhiteSpace(reminder.Label) ? "no" : "yes"), ("label", Own.Isolated(reminder.Label)), ("named", named), ("otherName", otherName));
        var (subject, line) = reminder.Kind switch
        {
            ReminderKind.OtherFinished => (words["mail.reminder.subject.otherFinished"],
                words.Format("mail.reminder.otherFinished", ("named", named), ("otherName", otherName), ("where", where))),
            ReminderKind.ReadyTogether => (words["mail.reminder.subject.readyTogether"],
                words.Format("mail.reminder.readyTogether", ("where", where))),
            _ => (words["mail.reminder.subject.checkInDue"], words.Format("mail.reminder.checkInDue", ("where", where))),
        };
        var message = Message(email.To, subject, words.Format("mail.reminder.body",
            ("name", Own.Isolated(email.DisplayName)), ("line", line), ("home", links.Home), ("unsubscribe", links.UnsubscribePage(email.UnsubscribeToken))));
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
