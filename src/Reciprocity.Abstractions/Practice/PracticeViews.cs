using Reciprocity.Sessions;

namespace Reciprocity.Practice;

[GenerateSerializer, Immutable, Alias("Reciprocity.PracticeHome")]
public sealed record PracticeHome(
    [property: Id(0)] bool Facilitates,
    [property: Id(1)] IReadOnlyList<HouseholdView> Households);

/// <summary>A household as its facilitator sees it on the practice home: its sessions over time and what is waiting.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.HouseholdView")]
public sealed record HouseholdView(
    [property: Id(0)] Guid HouseholdId,
    [property: Id(1)] string Name,
    [property: Id(2)] SessionKind Kind,
    [property: Id(3)] DateOnly? NextSession,
    [property: Id(4)] bool Archived,
    [property: Id(5)] IReadOnlyList<SessionLine> Sessions,
    [property: Id(6)] int SeatsWaiting,
    [property: Id(7)] int PairsReady);

/// <summary>One session of a household: when, which check-in, and what waits (seats not taken, pairs ready to open).</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.SessionLine")]
public sealed record SessionLine(
    [property: Id(0)] Guid SessionId,
    [property: Id(1)] string Title,
    [property: Id(2)] DateTimeOffset OpenedAt,
    [property: Id(3)] int CheckIn,
    [property: Id(4)] DateTimeOffset? StartedAt,
    [property: Id(5)] int Seats,
    [property: Id(6)] int SeatsWaiting,
    [property: Id(7)] int PairsReady);

/// <summary>What a change of a household asks for; a null field stays as it is (<see cref="ClearNextSession"/> clears the date).</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.HouseholdChange")]
public sealed record HouseholdChange(
    [property: Id(0)] string? Name,
    [property: Id(1)] DateOnly? NextSession,
    [property: Id(2)] bool ClearNextSession,
    [property: Id(3)] bool? Archived);

/// <summary>A household's new session, and the links of the seats carried forward (shown this once).</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.StartedSession")]
public sealed record StartedSession(
    [property: Id(0)] SessionView Session,
    [property: Id(1)] IReadOnlyList<IssuedSeat> CarriedSeats);

[GenerateSerializer, Immutable, Alias("Reciprocity.PracticeIndex")]
public sealed record PracticeIndex(
    [property: Id(0)] bool Facilitates,
    [property: Id(1)] IReadOnlyList<Guid> Households);

/// <summary>One household for the practice's export: as the home shows it, and each session as its facilitator sees it.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.HouseholdRecord")]
public sealed record HouseholdRecord(
    [property: Id(0)] HouseholdView Household,
    [property: Id(1)] IReadOnlyList<SessionRecord> Sessions);

[GenerateSerializer, Immutable, Alias("Reciprocity.SessionRecord")]
public sealed record SessionRecord(
    [property: Id(0)] SessionView Session,
    [property: Id(1)] IReadOnlyList<PairRounds> Pairs);

/// <summary>Each pair of people of a household, with their released rounds across its sessions in order.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.HouseholdMovement")]
public sealed record HouseholdMovement(
    [property: Id(0)] Guid HouseholdId,
    [property: Id(1)] IReadOnlyList<PairMovement> Pairs);

/// <summary>
/// Two people's released rounds across sessions, numbered 1, 2, … in the order they opened: the same rounds the pair
/// itself saw opened, without private notes. Never a comparison of people, never a total.
/// </summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.PairMovement")]
public sealed record PairMovement(
    [property: Id(0)] IReadOnlyDictionary<Guid, string> Names,
    [property: Id(1)] IReadOnlyList<MovementRound> Rounds);

[GenerateSerializer, Immutable, Alias("Reciprocity.MovementRound")]
public sealed record MovementRound(
    [property: Id(0)] int Number,
    [property: Id(1)] Guid SessionId,
    [property: Id(2)] string SessionTitle,
    [property: Id(3)] DateTimeOffset RevealedAt,
    [property: Id(4)] IReadOnlyDictionary<Guid, Reciprocity.Perspectives.Perspective> Perspectives);
