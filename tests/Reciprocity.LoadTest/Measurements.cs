using System.Collections.Concurrent;
using System.Diagnostics;

namespace Reciprocity.LoadTest;

/// <summary>What a run records: latencies inside the measured window, and every error whenever it happens.</summary>
public sealed class Measurements
{
    private readonly ConcurrentDictionary<string, int> _errors = new(StringComparer.Ordinal);
    private long _windowStart = long.MaxValue;
    private long _windowEnd = long.MaxValue;
    private int _roundsInWindow;
    private int _errorCount;

    public Percentiles Reveal { get; } = new();

    public ConcurrentDictionary<string, Percentiles> Http { get; } = new(StringComparer.Ordinal);

    public int RoundsInWindow => Volatile.Read(ref _roundsInWindow);

    public int ErrorCount => Volatile.Read(ref _errorCount);

    /// <summary>Each distinct error message and how often it happened.</summary>
    public IReadOnlyDictionary<string, int> Errors => _errors;

    public void OpenWindow(long at) => Interlocked.Exchange(ref _windowStart, at);

    public void CloseWindow(long at) => Interlocked.Exchange(ref _windowEnd, at);

    public bool InWindow(long timestamp) => timestamp >= Volatile.Read(ref _windowStart) && timestamp < Volatile.Read(ref _windowEnd);

    public void Request(string kind, long started, long finished)
    {
        if (InWindow(started))
        {
            var milliseconds = Milliseconds(started, finished);
            Http.GetOrAdd(kind, _ => new Percentiles()).Add(milliseconds);
            Http.GetOrAdd("all", _ => new Percentiles()).Add(milliseconds);
        }
    }

    /// <summary>A round counts in the window when both sides have seen its reveal inside it.</summary>
    public void RoundRevealed(long secondSubmitSent, long bothReceived)
    {
        if (InWindow(bothReceived))
        {
            Interlocked.Increment(ref _roundsInWindow);
            Reveal.Add(Milliseconds(secondSubmitSent, bothReceived));
        }
    }

    public void Error(string what)
    {
        Interlocked.Increment(ref _errorCount);
        _errors.AddOrUpdate(what.Length > 300 ? what[..300] : what, 1, (_, n) => n + 1);
    }

    public static double Milliseconds(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;
}
