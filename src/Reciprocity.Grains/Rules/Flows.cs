using Reciprocity.Perspectives;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Rules;

/// <summary>
/// The reading's rule for one dimension: a score of 4–5 is roughly mutual, so it flows both ways; below that the
/// rater's leaning names the direction (they carry more: mostly give; the other does: mostly receive).
/// </summary>
internal static class Flows
{
    public static Flow? Of(DimensionRating? rating) => rating?.Score switch
    {
        null => null,
        >= 4 => Flow.BothWays,
        _ => rating.Leans switch
        {
            Leaning.Me => Flow.MostlyGive,
            Leaning.Them => Flow.MostlyReceive,
            Leaning.Neither => Flow.BothWays,
            _ => Flow.NotNamed,
        },
    };

    public static ReadingDimensions Read(Perspective? mine, Perspective? theirs) => new(
        Pair(mine?.Dimensions?.Initiation, theirs?.Dimensions?.Initiation),
        Pair(mine?.Dimensions?.Depth, theirs?.Dimensions?.Depth),
        Pair(mine?.Dimensions?.CrisisResponse, theirs?.Dimensions?.CrisisResponse),
        Pair(mine?.Dimensions?.Maintenance, theirs?.Dimensions?.Maintenance));

    private static DimensionFlow Pair(DimensionRating? mine, DimensionRating? theirs) => new(Of(mine), Of(theirs));
}
