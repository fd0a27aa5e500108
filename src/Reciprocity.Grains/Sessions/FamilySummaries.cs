using Reciprocity.Sessions;

namespace Reciprocity.Grains.Sessions;

/// <summary>
/// A family's one view across its released pairs, per dimension, read with <see cref="PairReading"/>. Pairs are listed in
/// the session's order, never sorted by how they read; a repeat is one seat named as giving more by both members of two
/// or more pairs. It holds ids and kinds of experience only: no score, no note, no total.
/// </summary>
internal static class FamilySummaries
{
    public static FamilySummary Of(Guid sessionId, int checkIn, IReadOnlyList<ReleasedPair> released)
    {
        var readings = released.ToDictionary(
            r => r.Pair.PairId,
            r => PairReading.Read(r.First, r.Round.Perspectives[r.First], r.Second, r.Round.Perspectives[r.Second]));
        var seatOf = released
            .SelectMany(r => new[] { (r.First, r.Pair.First), (r.Second, r.Pair.Second) })
            .GroupBy(p => p.Item1)
            .ToDictionary(g => g.Key, g => g.First().Item2);

        var dimensions = PairReading.DimensionKeys.Select((key, i) =>
        {
            var of = released.Select(r => (r.Pair.PairId, Reading: readings[r.Pair.PairId][i])).ToList();
            List<Guid> With(Experience experience) => [.. of.Where(p => p.Reading.Experience == experience).Select(p => p.PairId)];
            var shared = of.Where(p => p.Reading.Experience == Experience.SharedImbalance)
                .Select(p => new SharedImbalance(p.PairId, seatOf[p.Reading.Giver!.Value]))
                .ToList();
            var repeats = shared.GroupBy(s => s.GiverSeatId)
                .Where(g => g.Count() > 1)
                .Select(g => new RepeatedImbalance(g.Key, [.. g.Select(s => s.PairId)]))
                .ToList();
            return new DimensionSummary(key, With(Experience.Similar), With(Experience.Different), shared, With(Experience.Unanswered), repeats);
        }).ToList();

        return new FamilySummary(sessionId, checkIn, [.. released.Select(r => new SummaryPair(r.Pair.PairId, [r.Pair.First, r.Pair.Second]))], dimensions);
    }
}
