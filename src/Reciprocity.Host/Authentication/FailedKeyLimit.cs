using System.Threading.RateLimiting;

namespace Reciprocity.Host.Authentication;

/// <summary>
/// Counts wrong access keys per client address. Past <c>RateLimits:FailedKeysPerMinute</c> within a minute, keys from
/// that address are not checked at all until the minute is over (answered 429): guessing stays slow, and a flood costs
/// no grain call. An address's count is dropped once its minute passes quietly, so forged keys leave nothing behind.
/// </summary>
public sealed partial class FailedKeyLimit : IDisposable
{
    private readonly int _permits;
    private readonly PartitionedRateLimiter<string> _failures;
    private readonly ILogger<FailedKeyLimit> _logger;

    public FailedKeyLimit(IConfiguration configuration, ILogger<FailedKeyLimit> logger)
    {
        _permits = configuration.GetValue("RateLimits:FailedKeysPerMinute", 20);
        _logger = logger;
        _failures = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(
            address,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = _permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    /// <summary>How long until the address may try keys again, or null when it may now.</summary>
    public TimeSpan? Blocked(string address)
    {
        // Asking for no permit only tells whether any is left.
        using var lease = _failures.AttemptAcquire(address, 0);
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
    }

    /// <summary>Counts one wrong key; the one that uses up the address's minute is logged, the others are not.</summary>
    public void Count(string address)
    {
        using var lease = _failures.AttemptAcquire(address, 1);
        if (lease.IsAcquired && _failures.GetStatistics(address)?.CurrentAvailablePermits == 0)
        {
            Blocking(_logger, address, _permits);
        }
    }

    public void Dispose() => _failures.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Address} sent {Count} wrong access keys within a minute; its keys are refused with 429 until the minute is over.")]
    private static partial void Blocking(ILogger logger, string address, int count);
}
