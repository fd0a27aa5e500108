namespace Reciprocity.Perspectives;

/// <summary>One person's view of one relationship in one round. Any field may be absent while it is a draft.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.Perspective")]
public sealed record Perspective(
    [property: Id(0)] Dimensions? Dimensions = null,
    [property: Id(1)] int? Overall = null,
    [property: Id(2)] Picture? Picture = null,
    [property: Id(3)] Season? Season = null)
{
    public static readonly Perspective Empty = new();
}
