namespace Reciprocity.Perspectives;

/// <summary>
/// What reciprocity would look like: a mutual pattern to build or a boundary the rater needs. A private picture
/// (kind and text) is shown to its author alone.
/// </summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.Picture")]
public sealed record Picture(
    [property: Id(0)] PictureKind? Kind = null,
    [property: Id(1)] string? Text = null,
    [property: Id(2)] bool? Private = null);

public enum PictureKind
{
    MutualPattern,
    Boundary,
}
