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

    private int _unsent;

    public ChannelReader<Parcel> Waiting => _waiting.Reader;

    /// <summary>Emails posted or put back for a retry and not yet handled by the courier (sent, retried later or given up).</summary>
    public int Unsent => Volatile.Read(ref _unsent);

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
        Interlocked.Increment(ref _unsent);
        if (_waiting.Writer.TryWrite(parcel))
        {
            return true;
        }

        Interlocked.Decrement(ref _unsent);
        Dropped(logger, Capacity);
        return false;
    }

    /// <summary>The courier handled one email taken from the queue.</summary>
    public void Handled() => Interlocked.Decrement(ref _unsent);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An email was dropped: {Capacity} emails are already waiting to be sent.")]
    private static partial void Dropped(ILogger logger, int capacity);
}

/// <summary>An email in the queue and how many times sending it failed.</summary>
public sealed record Parcel(OutgoingMail Mail, int Attempt);
