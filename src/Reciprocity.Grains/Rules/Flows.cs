using Reciprocity.Perspectives;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Rules;

/// <summary>
/// The reading's rule for one dimension: the rater's own leaning names the flow (they carry more: mostly give; the other
/// does: mostly receive; neither: both ways), whatever the score. Only without a leaning does the score speak: 4–5 is
/// roughly mutual, so it flows both ways; below that no direction was named.
/// </summary>
internal static class Flows
{
    public static Flow? Of(DimensionRating? rating) => rating?.Score is not { } score
        ? null
        : rating.Leans switch
        {
            Leaning.Me => Flow.MostlyGive,
            Leaning.Them => Flow.MostlyReceive,
            Leaning.Neither => Flow.BothWays,
            _ => score >= 4 ? Flow.BothWays : Flow.NotNamed,
        };

    public static ReadingDimensions Read(Perspective? mine, Perspective? theirs) => new(
        Pair(mine?.Dimensions?.Initiation, theirs?.Dimensions?.Initiation),
        Pair(mine?.Dimensions?.Depth, theirs?.Dimensions?.Depth),
        Pair(mine?.Dimensions?.CrisisResponse, theirs?.Dimensions?.CrisisResponse),
        Pair(mine?.Dimensions?.Maintenance, theirs?.Dimensions?.Maintenance));

    private static DimensionFlow Pair(DimensionRating? mine, DimensionRating? theirs) => new(Of(mine), Of(theirs));
}
