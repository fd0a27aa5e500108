using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Reciprocity.Grains.Reminders;
using Reciprocity.Host.Hosting;

namespace Reciprocity.Host.Reminders;

/// <summary>
/// Sends reminders with MailKit through the configured mail server, each with a one-click unsubscribe (RFC 8058), and
/// the confirmation an address gets first: the same fixed words for everyone, nothing anyone typed.
/// </summary>
public sealed partial class SmtpReminderMail(MailSettings settings, PublicLinks links, ILogger<SmtpReminderMail> logger) : IReminderMail
{
    // A slow mail server holds up only the person's own grain, and not for long.
    private const int TimeoutMs = 10_000;

    public bool IsAvailable => settings.IsConfigured;

    public Task Send(ReminderEmail email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var message = Message(email.To, email.Subject);
        message.Headers.Add("List-Unsubscribe", $"<{links.OneClickUnsubscribe(email.UnsubscribeToken)}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.Body = new TextPart("plain")
        {
            Text = $"{email.Body}\n\nOpen Reciprocity: {links.Home}\n\nNo more reminders? Unsubscribe here: {links.UnsubscribePage(email.UnsubscribeToken)}\n",
        };
        return Deliver(message);
    }

    public Task SendConfirmation(EmailConfirmation email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var message = Message(email.To, "Please confirm your email address for Reciprocity");
        message.Body = new TextPart("plain")
        {
            Text = "Hello,\n\nSomeone asked Reciprocity to send reminders to this address. If that was you, please confirm it here "
                + $"(the link works once, within a day):\n\n{links.ConfirmEmailPage(email.ConfirmToken)}\n\n"
                + "If it was not you, you need not do anything: without a confirmation we send nothing more to this address.\n\nReciprocity\n",
        };
        return Deliver(message);
    }

    private MimeMessage Message(string to, string subject)
    {
        var message = new MimeMessage { Subject = subject };
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(to));
        return message;
    }

    private async Task Deliver(MimeMessage message)
    {
        using (message)
        {
            if (IsAvailable)
            {
                await Transmit(message);
            }
        }
    }

    private async Task Transmit(MimeMessage message)
    {
        try
        {
            using var client = new SmtpClient { Timeout = TimeoutMs };
            var security = !settings.UseTls ? SecureSocketOptions.None
                : settings.SmtpPort == 465 ? SecureSocketOptions.SslOnConnect
                : SecureSocketOptions.StartTls;
            await client.ConnectAsync(settings.SmtpHost!, settings.SmtpPort, security);
            if (!string.IsNullOrEmpty(settings.User))
            {
                await client.AuthenticateAsync(settings.User, settings.Password ?? "");
            }

            await client.SendAsync(message);
            await client.DisconnectAsync(quit: true);
        }
        catch (Exception e)
        {
            // Only the kind of failure: a server's answer may quote the address.
            NotSent(logger, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An email could not be sent ({ErrorType}).")]
    private static partial void NotSent(ILogger logger, string errorType);
}
