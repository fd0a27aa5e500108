using Reciprocity.Perspectives;
using Reciprocity.Relationships;

namespace Reciprocity.Realtime;

/// <summary>Statuses only: what a watcher learns on any draft save, submit, withdrawal, confirmation or new round.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.StatusChanged")]
public sealed record StatusChanged(
    [property: Id(0)] Guid RelationshipId,
    [property: Id(1)] int RoundNumber,
    [property: Id(2)] IReadOnlyDictionary<Guid, ParticipantStatus> Statuses);

/// <summary>
/// A round's perspectives, sent once when the round is revealed, to one person: their own whole, the other's
/// without private notes (a solo round holds the author's alone).
/// </summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.Revealed")]
public sealed record Revealed(
    [property: Id(0)] Guid RelationshipId,
    [property: Id(1)] int RoundNumber,
    [property: Id(2)] DateTimeOffset RevealedAt,
    [property: Id(3)] IReadOnlyDictionary<Guid, Perspective> Perspectives);

/// <summary>A participant changed how the relationship's rounds open.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.RevealPolicyChanged")]
public sealed record RevealPolicyChanged(
    [property: Id(0)] Guid RelationshipId,
    [property: Id(1)] RevealPolicy RevealPolicy);

/// <summary>The other participant left the relationship: watchers fetch the view again.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.PartnerLeft")]
public sealed record PartnerLeft([property: Id(0)] Guid RelationshipId);

/// <summary>Someone left or changed a trace of the conversation on a revealed round: both see both, live.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.TracesChanged")]
public sealed record TracesChanged(
    [property: Id(0)] Guid RelationshipId,
    [property: Id(1)] int RoundNumber,
    [property: Id(2)] IReadOnlyDictionary<Guid, string> Appreciations,
    [property: Id(3)] IReadOnlyDictionary<Guid, string> SmallThings);

/// <summary>The next check-in was proposed, agreed or taken back (null).</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.NextCheckInChanged")]
public sealed record NextCheckInChanged(
    [property: Id(0)] Guid RelationshipId,
    [property: Id(1)] NextCheckIn? NextCheckIn);
