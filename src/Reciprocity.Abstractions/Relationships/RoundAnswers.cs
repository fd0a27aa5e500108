using Reciprocity.Perspectives;

namespace Reciprocity.Relationships;

/// <summary>
/// What a draft save answers: the round's statuses and the fields this save named, as now held. Only the caller's own
/// draft, never anything of the partner's.
/// </summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.DraftSaved")]
public sealed record DraftSaved(
    [property: Id(0)] Guid RelationshipId,
    [property: Id(1)] RoundStatuses Round,
    [property: Id(2)] Perspective Saved);

/// <summary>Where the current round stands for the caller, under the same names as in <see cref="RoundView"/>.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.RoundStatuses")]
public sealed record RoundStatuses(
    [property: Id(0)] int Number,
    [property: Id(1)] ParticipantStatus MyStatus,
    [property: Id(2)] ParticipantStatus PartnerStatus,
    [property: Id(3)] bool Revealed,
    [property: Id(4)] bool Ready);

/// <summary>What a step of the round (submit, withdraw, confirm, a new round) answers: the view without its history.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.RoundAnswer")]
public sealed record RoundAnswer(
    [property: Id(0)] Guid RelationshipId,
    [property: Id(1)] RelationshipKind Kind,
    [property: Id(2)] string Label,
    [property: Id(3)] ParticipantView Me,
    [property: Id(4)] ParticipantView? Partner,
    [property: Id(5)] RoundView Round,
    [property: Id(6)] bool Solo,
    [property: Id(7)] RevealPolicy RevealPolicy,
    [property: Id(8)] bool InvitePending,
    [property: Id(9)] int HistoryCount,
    [property: Id(10)] NextCheckIn? NextCheckIn);
