using Reciprocity.Perspectives;
using Reciprocity.Relationships;

namespace Reciprocity.Realtime;

/// <summary>Statuses only: what a watcher learns on any draft save, submit or new round.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.StatusChanged")]
public sealed record StatusChanged(
    [property: Id(0)] Guid RelationshipId,
    [property: Id(1)] int RoundNumber,
    [property: Id(2)] IReadOnlyDictionary<Guid, ParticipantStatus> Statuses);

/// <summary>Both perspectives of a round, sent once, when the round is revealed.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.Revealed")]
public sealed record Revealed(
    [property: Id(0)] Guid RelationshipId,
    [property: Id(1)] int RoundNumber,
    [property: Id(2)] DateTimeOffset RevealedAt,
    [property: Id(3)] IReadOnlyDictionary<Guid, Perspective> Perspectives);
