using System.Collections.Immutable;
using Reciprocity.Grains.Rules;
using Reciprocity.Sessions;

namespace Reciprocity.Grains.Sessions;

/// <summary>Which seats of a session rate their relationship together: every pair, or the pairs the facilitator chose.</summary>
internal static class Pairings
{
    /// <summary>Every two seats still taking part (N·(N−1)/2), keeping the pairs already made and those that ended.</summary>
    public static ImmutableList<PairState> Every(SessionState state)
    {
        var seats = state.Seats.Where(seat => !seat.Left).Select(seat => seat.SeatId).ToList();
        List<(Guid, Guid)> wanted = [];
        for (var i = 0; i < seats.Count; i++)
        {
            for (var j = i + 1; j < seats.Count; j++)
            {
                wanted.Add((seats[i], seats[j]));
            }
        }

        return Keep(state, wanted);
    }

    /// <summary>
    /// The facilitator's pairs: seats of this session, two different ones, each pair once; the opened pairs must stay.
    /// </summary>
    public static ImmutableList<PairState> Chosen(SessionState state, IReadOnlyList<SeatPair> pairs)
    {
        var violations = new RuleViolations();
        var seats = state.Seats.Where(seat => !seat.Left).Select(seat => seat.SeatId).ToHashSet();
        if (pairs.Any(pair => pair is null || !seats.Contains(pair.First) || !seats.Contains(pair.Second)))
        {
            violations.Add("pairs", "refusal.pairs.onlySeated");
        }
        else if (pairs.Any(pair => pair.First == pair.Second))
        {
            violations.Add("pairs", "refusal.pairs.twoDifferent");
        }
        else if (pairs.Select(pair => Key(pair.First, pair.Second)).Distinct().Count() != pairs.Count)
        {
            violations.Add("pairs", "refusal.pairs.onlyOnce");
        }

        violations.ThrowIfAny();
        if (state.Running.Any(opened => opened.Opened && !pairs.Any(pair => opened.Joins(pair.First, pair.Second))))
        {
            throw AuditRuleException.Conflict("refusal.pairs.begunStays");
        }

        return Keep(state, [.. pairs.Select(pair => (pair.First, pair.Second))]);
    }

    private static ImmutableList<PairState> Keep(SessionState state, IEnumerable<(Guid First, Guid Second)> wanted)
    {
        var kept = state.Pairs.Where(pair => pair.Ended).ToList();
        foreach (var (first, second) in wanted)
        {
            kept.Add(state.Running.FirstOrDefault(pair => pair.Joins(first, second))
                ?? new PairState { PairId = Guid.NewGuid(), First = first, Second = second });
        }

        return [.. kept];
    }

    private static (Guid, Guid) Key(Guid a, Guid b) => a.CompareTo(b) < 0 ? (a, b) : (b, a);
}
