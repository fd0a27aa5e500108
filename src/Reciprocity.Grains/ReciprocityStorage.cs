namespace Reciprocity.Grains;

/// <summary>The name of the grain storage every grain's state is written to.</summary>
public static class ReciprocityStorage
{
    public const string Name = "reciprocity";
}
