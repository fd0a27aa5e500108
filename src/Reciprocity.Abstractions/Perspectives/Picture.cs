namespace Reciprocity.Perspectives;

/// <summary>What reciprocity would look like: a mutual pattern to build or a boundary the rater needs.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.Picture")]
public sealed record Picture(
    [property: Id(0)] PictureKind? Kind = null,
    [property: Id(1)] string? Text = null);

public enum PictureKind
{
    MutualPattern,
    Boundary,
}
