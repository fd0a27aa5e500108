using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Reciprocity.Grains.Reminders;

namespace Reciprocity.Host.Reminders;

/// <summary>
/// Sends the queued emails, one at a time, outside every grain (issue 26 item 2). Each send has one deadline for the
/// whole conversation with the mail server, from connecting to saying goodbye, so a server that answers a byte at a
/// time cannot hold it longer. A failed send is tried again after 1, 5 and 30 times <see cref="MailSettings.RetryAfter"/>,
/// never once the email's link has expired; then it is given up, logged without the address.
/// </summary>
public sealed partial class MailCourier(MailQueue queue, MailComposer composer, MailSettings settings, TimeProvider time, ILogger<MailCourier> logger)
    : BackgroundService
{
    private static readonly int[] RetryFactors = [1, 5, 30];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var parcel in queue.Waiting.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await Deliver(parcel, stoppingToken);
                }
                finally
                {
                    queue.Handled();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task Deliver(Parcel parcel, CancellationToken stoppingToken)
    {
        if (time.GetUtcNow() >= parcel.Mail.NotAfter)
        {
            Expired(logger, parcel.Mail.GetType().Name);
            return;
        }

        if (await Send(parcel.Mail, stoppingToken) is { } failure)
        {
            Later(parcel, failure, stoppingToken);
        }
        else
        {
            Sent(logger, parcel.Mail.GetType().Name);
        }
    }

    /// <summary>Null when the server took the email; otherwise the kind of failure (never its message, which may quote the address).</summary>
    private async Task<Failure?> Send(OutgoingMail mail, CancellationToken stopping)
    {
        using var deadline = new CancellationTokenSource(settings.SendDeadline, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, stopping);
        try
        {
            using var message = composer.Compose(mail);
            await Transmit(message, either.Token);
            return null;
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !stopping.IsCancellationRequested)
        {
            return new Failure("the deadline passed", Permanent: false);
        }
        catch (SmtpCommandException e) when ((int)e.StatusCode >= 500)
        {
            // The server refused for good (an unknown mailbox): asking again would only be refused again.
            return new Failure(e.GetType().Name, Permanent: true);
        }
        catch (Exception e) when (!stopping.IsCancellationRequested)
        {
            return new Failure(e.GetType().Name, Permanent: false);
        }
    }

    private async Task Transmit(MimeMessage message, CancellationToken cancellation)
    {
        // MailKit's own timeout counts per read; the token is the deadline for the whole send.
        using var client = new SmtpClient { Timeout = (int)settings.SendDeadline.TotalMilliseconds };
        var security = !settings.UseTls ? SecureSocketOptions.None
            : settings.SmtpPort == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;
        await client.ConnectAsync(settings.SmtpHost!, settings.SmtpPort, security, cancellation);
        if (!string.IsNullOrEmpty(settings.User))
        {
            await client.AuthenticateAsync(settings.User, settings.Password ?? "", cancellation);
        }

        await client.SendAsync(message, cancellation);
        await client.DisconnectAsync(quit: true, cancellation);
    }

    private void Later(Parcel parcel, Failure failure, CancellationToken stopping)
    {
        if (failure.Permanent || parcel.Attempt >= RetryFactors.Length)
        {
            GivenUp(logger, failure.Kind, parcel.Attempt + 1);
            return;
        }

        var wait = settings.RetryAfter * RetryFactors[parcel.Attempt];
        NotSent(logger, failure.Kind, wait);
        _ = RequeueAfter(parcel with { Attempt = parcel.Attempt + 1 }, wait, stopping);
    }

    private async Task RequeueAfter(Parcel parcel, TimeSpan wait, CancellationToken stopping)
    {
        try
        {
            await Task.Delay(wait, time, stopping);
            queue.Requeue(parcel);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Why a send failed, in words that never quote the server (its answer may name the address), and whether to try again.</summary>
    private sealed record Failure(string Kind, bool Permanent);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A queued {Kind} was handed to the mail server.")]
    private static partial void Sent(ILogger logger, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An email could not be sent ({ErrorType}); it is tried again in {Wait}.")]
    private static partial void NotSent(ILogger logger, string errorType, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An email could not be sent ({ErrorType}) after {Attempts} attempt(s); it is given up.")]
    private static partial void GivenUp(ILogger logger, string errorType, int attempts);

    [LoggerMessage(Level = LogLevel.Information, Message = "A queued {Kind} was not sent: its link expired while it waited.")]
    private static partial void Expired(ILogger logger, string kind);
}
