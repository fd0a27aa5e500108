namespace Reciprocity.Storage;

/// <summary>
/// Whether this host's last grain write reached the database. A write that failed because the database was full,
/// read-only or unreachable opens the circuit: readiness reports it. A write that succeeds closes it; so does time
/// (<see cref="RetryAfter"/>), so that a host taken out of rotation is tried again once space or the database is back.
/// </summary>
internal sealed class StorageWriteHealth(TimeProvider time)
{
    /// <summary>How long after a failed write readiness reports the storage as unable to write, unless a write succeeds first.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(15);

    private readonly Lock _lock = new();
    private DateTimeOffset? _failedAt;
    private string _reason = "";
    private bool _open;

    /// <summary>Why the last write failed, while the circuit is open; null when writes are expected to work.</summary>
    public string? Failure
    {
        get
        {
            lock (_lock)
            {
                return _failedAt is { } failedAt && time.GetUtcNow() - failedAt < RetryAfter ? _reason : null;
            }
        }
    }

    public void Succeeded()
    {
        // Almost every write finds the circuit closed: no lock then.
        if (Volatile.Read(ref _open))
        {
            lock (_lock)
            {
                _failedAt = null;
                _open = false;
            }
        }
    }

    /// <summary>Records a write the database could not take; <paramref name="reason"/> names the kind of failure, never any state.</summary>
    public void Failed(string reason)
    {
        lock (_lock)
        {
            _failedAt = time.GetUtcNow();
            _reason = reason;
            _open = true;
        }
    }
}
