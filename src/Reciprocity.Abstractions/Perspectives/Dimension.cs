namespace Reciprocity.Perspectives;

/// <summary>How one dimension of the relationship feels to one rater.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.DimensionRating")]
public sealed record DimensionRating(
    [property: Id(0)] int? Score = null,
    [property: Id(1)] Leaning? Leans = null,
    [property: Id(2)] string? Note = null);

/// <summary>Which way a dimension leans, from the rater's point of view.</summary>
public enum Leaning
{
    Me,
    Them,
    Neither,
}
