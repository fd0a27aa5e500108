namespace Reciprocity.Relationships;

/// <summary>One line of a person's list of relationships: where it stands, nothing of anyone's answers.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.RelationshipSummary")]
public sealed record RelationshipSummary(
    [property: Id(0)] Guid RelationshipId,
    [property: Id(1)] RelationshipKind Kind,
    [property: Id(2)] string Label,
    [property: Id(3)] string PartnerName,
    [property: Id(4)] int RoundNumber,
    [property: Id(5)] ParticipantStatus MyStatus,
    [property: Id(6)] ParticipantStatus PartnerStatus,
    [property: Id(7)] bool Revealed,
    [property: Id(8)] bool Solo,
    [property: Id(9)] RevealPolicy RevealPolicy,
    [property: Id(10)] bool Ready,
    [property: Id(11)] NextCheckIn? NextCheckIn,
    [property: Id(12)] bool PartnerJoined = false);
