namespace Reciprocity.Sessions;

/// <summary>Where the shared screen stands on a pair: its starting points first, then one dimension at a time.</summary>
public enum RoomStep
{
    StartingPoints,
    Initiation,
    Depth,
    CrisisResponse,
    Maintenance,
}

/// <summary>
/// What the shared screen shows: one pair and one step. Before the pair's round of this check-in is released the step is
/// always <see cref="RoomStep.StartingPoints"/> and the screen shows statuses only.
/// </summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.RoomView")]
public sealed record RoomView(
    [property: Id(0)] Guid PairId,
    [property: Id(1)] RoomStep Step,
    [property: Id(2)] bool Revealed);

/// <summary>
/// The facilitator moved the shared screen, to the facilitator's own devices (the projector among them). Statuses as the
/// pair's members see each other, never a perspective: the screen fetches a released round itself.
/// </summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.RoomStepped")]
public sealed record RoomStepped(
    [property: Id(0)] Guid SessionId,
    [property: Id(1)] Guid PairId,
    [property: Id(2)] RoomStep Step,
    [property: Id(3)] int RoundNumber,
    [property: Id(4)] IReadOnlyDictionary<Guid, SeatStatus> Statuses,
    [property: Id(5)] bool Revealed);
