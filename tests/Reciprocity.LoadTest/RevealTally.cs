using System.Collections.Concurrent;

namespace Reciprocity.LoadTest;

/// <summary>The Revealed events one connection received, per round: a round received twice is a duplicate reveal.</summary>
public sealed class RevealTally
{
    private readonly ConcurrentDictionary<int, int> _perRound = new();

    public void Add(int round) => _perRound.AddOrUpdate(round, 1, (_, count) => count + 1);

    /// <summary>Revealed events beyond the first of their round: must stay 0.</summary>
    public int Duplicates => _perRound.Values.Sum(count => count - 1);

    public IReadOnlyCollection<int> Rounds => [.. _perRound.Keys];

    /// <summary>Rounds whose reveal reached both connections of a pair, each counted once however often it came.</summary>
    public static int ReachedBoth(RevealTally inviter, RevealTally partner)
    {
        ArgumentNullException.ThrowIfNull(inviter);
        ArgumentNullException.ThrowIfNull(partner);
        return inviter.Rounds.Intersect(partner.Rounds).Count();
    }
}
