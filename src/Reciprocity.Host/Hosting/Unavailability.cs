using Orleans.Runtime;
using Reciprocity.Storage;

namespace Reciprocity.Host.Hosting;

/// <summary>
/// The failures that mean "not now" rather than "not this": a silo failing over, or a database that cannot serve.
/// They are answered 503 with Retry-After, never 500; every other exception is still a bug.
/// </summary>
internal static class Unavailability
{
    /// <summary>A silo is declared dead within seconds (docs/operations.md): worth asking again after one.</summary>
    public static readonly TimeSpan FailoverRetryAfter = TimeSpan.FromSeconds(1);

    /// <summary>A full or read-only database takes a person to fix: no point in asking again every second.</summary>
    public static readonly TimeSpan StorageRetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>What a failure means for the caller, or null when it is not a matter of waiting.</summary>
    public static Kind? Of(Exception failure)
    {
        if (failure is AggregateException aggregate)
        {
            return aggregate.InnerExceptions.Select(Of).FirstOrDefault(kind => kind is not null);
        }

        for (var current = failure; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case StorageUnavailableException:
                    return Kind.Storage;

                // The grain's silo died (not yet declared dead, or its messages were cut off), or it is overloaded.
                case SiloUnavailableException or OrleansMessageRejectionException or GatewayTooBusyException or LimitExceededException:
                    return Kind.Failover;

                // Orleans' response timeout: a call that went to a silo which stopped answering.
                case TimeoutException:
                    return Kind.Failover;
            }

            if (StorageFailures.IsUnavailable(current))
            {
                return Kind.Storage;
            }
        }

        return null;
    }

    public static TimeSpan RetryAfter(Kind kind) => kind == Kind.Storage ? StorageRetryAfter : FailoverRetryAfter;

    /// <summary>Why the service cannot answer now.</summary>
    public enum Kind
    {
        /// <summary>A silo of the cluster died or is overloaded; the cluster recovers on its own in seconds.</summary>
        Failover,

        /// <summary>The database cannot store or read: full, read-only or unreachable.</summary>
        Storage,
    }
}
