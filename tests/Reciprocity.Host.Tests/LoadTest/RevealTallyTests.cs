using Reciprocity.LoadTest;

namespace Reciprocity.Host.Tests.LoadTest;

/// <summary>The load run counts a duplicate reveal on either side, and a round missed by one side, each on its own.</summary>
public sealed class RevealTallyTests
{
    [Fact]
    public void A_duplicate_on_one_side_is_not_hidden_by_a_miss_on_the_other()
    {
        // Round 1 came twice to the inviter, who never got round 2; the partner got both once. The old count, the
        // smaller of the two sides' totals (2 and 2), said both rounds reached both sides and saw no duplicate.
        var inviter = new RevealTally();
        var partner = new RevealTally();
        inviter.Add(1);
        inviter.Add(1);
        partner.Add(1);
        partner.Add(2);

        Assert.Equal(1, inviter.Duplicates);
        Assert.Equal(0, partner.Duplicates);
        Assert.Equal(1, RevealTally.ReachedBoth(inviter, partner));
    }

    [Fact]
    public void Every_round_once_on_both_sides_counts_each_round_once()
    {
        var inviter = new RevealTally();
        var partner = new RevealTally();
        foreach (var round in new[] { 1, 2, 3 })
        {
            inviter.Add(round);
            partner.Add(round);
        }

        Assert.Equal(0, inviter.Duplicates + partner.Duplicates);
        Assert.Equal(3, RevealTally.ReachedBoth(inviter, partner));
    }
}
