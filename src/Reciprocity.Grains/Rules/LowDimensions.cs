using Reciprocity.Perspectives;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Rules;

/// <summary>
/// The reading names every dimension the reader rated 1 or 2, whatever the overall score, each with the picture they
/// wrote for it: a low part of care is not hidden behind a fair overall.
/// </summary>
internal static class LowDimensions
{
    public static IReadOnlyList<LowDimension> Of(Perspective? mine) =>
        mine?.Dimensions is not { } dimensions
            ? []
            : [.. dimensions.Each()
                .Where(d => d.Rating?.Score is <= 2)
                .Select(d => new LowDimension(d.Name, d.Rating!.Score!.Value, Written(d.Rating.Picture)))];

    private static Picture? Written(Picture? picture) => string.IsNullOrWhiteSpace(picture?.Text) ? null : picture;
}
