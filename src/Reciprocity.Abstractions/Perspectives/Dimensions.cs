namespace Reciprocity.Perspectives;

/// <summary>The four dimensions of the method.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.Dimensions")]
public sealed record Dimensions(
    [property: Id(0)] DimensionRating? Initiation = null,
    [property: Id(1)] DimensionRating? Depth = null,
    [property: Id(2)] DimensionRating? CrisisResponse = null,
    [property: Id(3)] DimensionRating? Maintenance = null)
{
    public static readonly string[] Names = ["initiation", "depth", "crisisResponse", "maintenance"];

    public IEnumerable<(string Name, DimensionRating? Rating)> Each()
    {
        yield return (Names[0], Initiation);
        yield return (Names[1], Depth);
        yield return (Names[2], CrisisResponse);
        yield return (Names[3], Maintenance);
    }
}
