namespace Reciprocity.Perspectives;

/// <summary>
/// How one dimension of the relationship feels to one rater. <see cref="Private"/> keeps the note for the rater
/// alone; the score and leaning are always shared at the reveal. A dimension at 1 or 2 may hold its own picture.
/// </summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.DimensionRating")]
public sealed record DimensionRating(
    [property: Id(0)] int? Score = null,
    [property: Id(1)] Leaning? Leans = null,
    [property: Id(2)] string? Note = null,
    [property: Id(3)] bool? Private = null,
    [property: Id(4)] Picture? Picture = null);

/// <summary>Which way a dimension leans, from the rater's point of view.</summary>
public enum Leaning
{
    Me,
    Them,
    Neither,
}
