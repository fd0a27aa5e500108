using System.Collections.Concurrent;
using System.Diagnostics;

namespace Reciprocity.Host.Tests.Cluster;

/// <summary>
/// The stretch of a test in which a host has been killed and the cluster is failing over, shared by the test's
/// participants. Only inside it may a call fail, and only in the two ways the contract allows: a refused or cut
/// connection to the dead host, or 503 problem details with Retry-After from a survivor. Outside it (before the kill,
/// after the recovery, and in every test without a kill) any 5xx or lost connection fails the test. While a test checks
/// what was acknowledged before the kill, it holds every write back, retries included.
/// </summary>
public sealed class FailoverWindow
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentDictionary<int, bool> _killed = new();
    private TaskCompletionSource _writesMayGo = Open();
    private long _openedAt = -1;
    private long _closedAt = -1;

    /// <summary>Every failed attempt inside the window, and every one on a killed host: when (since the kill), where and what.</summary>
    public ConcurrentQueue<(TimeSpan AfterKill, int Host, string What)> Failures { get; } = new();

    /// <summary>Time since the window opened (the kill); zero before.</summary>
    public TimeSpan SinceKill => Interlocked.Read(ref _openedAt) is var opened and >= 0 ? _clock.Elapsed - TimeSpan.FromTicks(opened) : TimeSpan.Zero;

    /// <summary>Opens the window (again, after a recovery, for a second kill); call just before the kill of <paramref name="host"/>.</summary>
    public void OpenAtKill(int host)
    {
        _killed[host] = true;
        Interlocked.Exchange(ref _openedAt, _clock.Elapsed.Ticks);
        Interlocked.Exchange(ref _closedAt, -1);
    }

    /// <summary>Closes it once the service has recovered: from here on a failure fails the test again.</summary>
    public void CloseAtRecovery() => Interlocked.Exchange(ref _closedAt, _clock.Elapsed.Ticks);

    /// <summary>True from the kill on.</summary>
    public bool HasOpened => Interlocked.Read(ref _openedAt) >= 0;

    /// <summary>True while failures are expected.</summary>
    public bool IsOpen => Interlocked.Read(ref _openedAt) >= 0 && Interlocked.Read(ref _closedAt) < 0;

    /// <summary>Makes every write (and every retry of one) wait until <see cref="ResumeWrites"/>.</summary>
    public void HoldWrites() => Interlocked.Exchange(ref _writesMayGo, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public void ResumeWrites() => Volatile.Read(ref _writesMayGo).TrySetResult();

    /// <summary>Completes when writes may be sent.</summary>
    public Task WritesMayGo => Volatile.Read(ref _writesMayGo).Task;

    /// <summary>
    /// Records a failure inside the window, or answers false when it is outside (the caller then fails the test).
    /// A connection to a killed host is never the service's failure: it is where the proxy would no longer send anyone.
    /// </summary>
    public bool Tolerates(int host, string what, bool connectionFailed = false)
    {
        if (connectionFailed && _killed.ContainsKey(host))
        {
            Failures.Enqueue((SinceKill, host, what));
            return true;
        }

        if (!IsOpen)
        {
            return false;
        }

        Failures.Enqueue((SinceKill, host, what));
        return true;
    }

    private static TaskCompletionSource Open()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }
}
