using System.Threading.Channels;
using Reciprocity.Grains.Reminders;

namespace Reciprocity.Host.Reminders;

/// <summary>
/// The emails this host's grains handed over, waiting for <see cref="MailCourier"/>. Posting only writes to memory:
/// a grain never waits on a mail server. Kept in memory on purpose: the links' secrets are never stored, so emails
/// still waiting when the host stops are not sent (a person asks again; reminders come with the next event).
/// </summary>
public sealed partial class MailQueue(MailSettings settings, ILogger<MailQueue> logger) : IMailQueue
{
    // Far more than a host sends in the time a retry waits; past it an email is dropped rather than memory grow.
    private const int Capacity = 10_000;

    private readonly Channel<Parcel> _waiting = Channel.CreateBounded<Parcel>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    public bool IsAvailable => settings.IsConfigured;

    public ChannelReader<Parcel> Waiting => _waiting.Reader;

    public void Post(OutgoingMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        if (IsAvailable)
        {
            Requeue(new Parcel(mail, Attempt: 0));
        }
    }

    /// <summary>Puts an email (back) in line; false, and logged, when the queue is full.</summary>
    public bool Requeue(Parcel parcel)
    {
        if (_waiting.Writer.TryWrite(parcel))
        {
            return true;
        }

        Dropped(logger, Capacity);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An email was dropped: {Capacity} emails are already waiting to be sent.")]
    private static partial void Dropped(ILogger logger, int capacity);
}

/// <summary>An email in the queue and how many times sending it failed.</summary>
public sealed record Parcel(OutgoingMail Mail, int Attempt);
