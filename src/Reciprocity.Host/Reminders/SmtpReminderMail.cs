using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Reciprocity.Grains.Reminders;

namespace Reciprocity.Host.Reminders;

/// <summary>Sends reminders with MailKit through the configured mail server; each with a one-click unsubscribe (RFC 8058).</summary>
public sealed partial class SmtpReminderMail(MailSettings settings, ILogger<SmtpReminderMail> logger) : IReminderMail
{
    // A slow mail server holds up only the person's own grain, and not for long.
    private const int TimeoutMs = 10_000;

    public bool IsAvailable => settings.IsConfigured;

    public async Task Send(ReminderEmail email)
    {
        if (!IsAvailable)
        {
            return;
        }

        try
        {
            using var message = Compose(email);
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

    private MimeMessage Compose(ReminderEmail email)
    {
        var unsubscribePage = $"{settings.PublicUrl}/unsubscribe/{email.UnsubscribeToken}";
        var message = new MimeMessage { Subject = email.Subject };
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(email.To));
        message.Headers.Add("List-Unsubscribe", $"<{settings.PublicUrl}/api/unsubscribe/{email.UnsubscribeToken}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.Body = new TextPart("plain")
        {
            Text = $"{email.Body}\n\nOpen Reciprocity: {settings.PublicUrl}/\n\nNo more reminders? Unsubscribe here: {unsubscribePage}\n",
        };
        return message;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A reminder email could not be sent ({ErrorType}).")]
    private static partial void NotSent(ILogger logger, string errorType);
}
