using Reciprocity.Sessions;

namespace Reciprocity.Grains.Sessions;

/// <summary>The pair on the shared screen and the step it stands at, as the facilitator last moved it.</summary>
[GenerateSerializer, Alias("Reciprocity.RoomState")]
public sealed record RoomState
{
    [Id(0)] public Guid PairId { get; init; }
    [Id(1)] public RoomStep Step { get; init; }
}
