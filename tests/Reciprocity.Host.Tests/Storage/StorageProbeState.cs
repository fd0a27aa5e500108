namespace Reciprocity.Host.Tests.Storage;

/// <summary>The probe grain's state, serializable the way the product's state records are.</summary>
[GenerateSerializer, Alias("Reciprocity.Tests.StorageProbeState")]
public sealed record StorageProbeState
{
    [Id(0)]
    public string? Value { get; init; }

    [Id(1)]
    public int Writes { get; init; }
}
