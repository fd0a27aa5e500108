using Reciprocity.Perspectives;
using Reciprocity.Sessions;

namespace Reciprocity.Grains.Sessions;

/// <summary>
/// How two released perspectives sit together, dimension by dimension: the same rule as the web app's reveal
/// (<c>web/src/relationship/comparison.ts</c> and <c>leaning.ts</c>), for the family summary and the report. A different experience is
/// leanings that name different things (one feels it flows both ways while the other names someone, or each names a
/// different person) or a gap of 2 or more; a shared imbalance is both at 1–2 naming the same person as giving more.
/// </summary>
internal static class PairReading
{
    public static readonly IReadOnlyList<string> DimensionKeys = ["initiation", "depth", "crisisResponse", "maintenance"];

    /// <summary>One dimension of two people's perspectives; <c>Giver</c> is the person both name as giving more.</summary>
    public sealed record Reading(string Dimension, Experience Experience, Difference? Difference, int Gap, int ScoreSum, Guid? Giver);

    public static IReadOnlyList<Reading> Read(Guid personA, Perspective a, Guid personB, Perspective b) =>
        [.. DimensionKeys.Select(key => Read(key, personA, Rating(a, key), personB, Rating(b, key)))];

    /// <summary>
    /// At most two places to start, as the reveal suggests them: the largest different experience and the lowest shared
    /// imbalance when both kinds are there, otherwise the first two of the one kind (the method's order breaks a tie).
    /// </summary>
    public static IReadOnlyList<StartingPoint> StartingPoints(IReadOnlyList<Reading> readings)
    {
        var different = readings.Where(r => r.Experience == Experience.Different).OrderByDescending(r => r.Gap).ToList();
        var shared = readings.Where(r => r.Experience == Experience.SharedImbalance).OrderBy(r => r.ScoreSum).ToList();
        IEnumerable<Reading> chosen = different.Count > 0 && shared.Count > 0 ? [different[0], shared[0]] : different.Concat(shared).Take(2);
        return [.. chosen.Select(r => new StartingPoint(r.Dimension, r.Experience, r.Difference, r.Giver))];
    }

    private static Reading Read(string key, Guid personA, DimensionRating? a, Guid personB, DimensionRating? b)
    {
        if (a?.Score is not { } scoreA || b?.Score is not { } scoreB)
        {
            return new Reading(key, Experience.Unanswered, null, 0, 0, null);
        }

        var byA = Named(a.Leans, personA, personB);
        var byB = Named(b.Leans, personB, personA);
        var gap = Math.Abs(scoreA - scoreB);

        // An unanswered leaning is never a difference; two answers naming different things are.
        var leansDiffer = byA is not null && byB is not null && byA != byB;
        var difference = leansDiffer ? Difference.Leans : gap >= 2 ? Difference.Scores : (Difference?)null;
        Guid? giver = byA is { } named && named == byB && named != Both ? named : null;
        var experience = difference is not null ? Experience.Different
            : giver is not null && scoreA <= 2 && scoreB <= 2 ? Experience.SharedImbalance
            : Experience.Similar;
        return new Reading(key, experience, difference, gap, scoreA + scoreB, experience == Experience.SharedImbalance ? giver : null);
    }

    // "Both ways" in the one frame of who gives more: no person's id.
    private static readonly Guid Both = Guid.Empty;

    /// <summary>Who a rater names as giving more: themselves for "me", the other for "them", both ways, or nothing.</summary>
    private static Guid? Named(Leaning? leans, Guid rater, Guid other) => leans switch
    {
        Leaning.Me => rater,
        Leaning.Them => other,
        Leaning.Neither => Both,
        _ => null,
    };

    private static DimensionRating? Rating(Perspective perspective, string key) => key switch
    {
        "initiation" => perspective.Dimensions?.Initiation,
        "depth" => perspective.Dimensions?.Depth,
        "crisisResponse" => perspective.Dimensions?.CrisisResponse,
        _ => perspective.Dimensions?.Maintenance,
    };
}
