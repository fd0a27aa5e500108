using Reciprocity.Perspectives;

namespace Reciprocity.Grains.Rules;

/// <summary>
/// What of a perspective may reach anyone but its author: everything except the notes and pictures marked private.
/// Those are simply absent, and no field says that anything was left out.
/// </summary>
internal static class Sharing
{
    public static Perspective ForOthers(Perspective perspective) => new(
        perspective.Dimensions is { } dimensions
            ? new Dimensions(Shared(dimensions.Initiation), Shared(dimensions.Depth), Shared(dimensions.CrisisResponse), Shared(dimensions.Maintenance))
            : null,
        perspective.Overall,
        Shared(perspective.Picture),
        perspective.Season is { } season ? new Season(season.Kind, season.Private == true ? null : season.Note) : null);

    private static DimensionRating? Shared(DimensionRating? rating) => rating is null
        ? null
        : new DimensionRating(rating.Score, rating.Leans, rating.Private == true ? null : rating.Note, Picture: Shared(rating.Picture));

    private static Picture? Shared(Picture? picture) =>
        picture is null || picture.Private == true ? null : new Picture(picture.Kind, picture.Text);
}
