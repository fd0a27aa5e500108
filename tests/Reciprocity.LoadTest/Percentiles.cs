namespace Reciprocity.LoadTest;

/// <summary>Latency samples in milliseconds, summarised by nearest-rank percentiles.</summary>
public sealed class Percentiles
{
    private readonly List<double> _samples = [];

    public int Count
    {
        get
        {
            lock (_samples)
            {
                return _samples.Count;
            }
        }
    }

    public void Add(double milliseconds)
    {
        lock (_samples)
        {
            _samples.Add(milliseconds);
        }
    }

    public void AddRange(Percentiles other)
    {
        ArgumentNullException.ThrowIfNull(other);
        double[] copy;
        lock (other._samples)
        {
            copy = [.. other._samples];
        }

        lock (_samples)
        {
            _samples.AddRange(copy);
        }
    }

    public LatencySummary Summarise()
    {
        double[] sorted;
        lock (_samples)
        {
            sorted = [.. _samples];
        }

        Array.Sort(sorted);
        return sorted.Length == 0
            ? new LatencySummary(0, 0, 0, 0, 0, 0, 0)
            : new LatencySummary(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99), Rank(sorted, 0.999), sorted[^1], sorted.Average());
    }

    private static double Rank(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

/// <summary>Milliseconds.</summary>
public sealed record LatencySummary(int Count, double P50, double P95, double P99, double P999, double Max, double Mean);
