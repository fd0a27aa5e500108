using Reciprocity.Perspectives;

namespace Reciprocity.Relationships;

/// <summary>
/// A relationship as one participant may see it. Before the reveal it holds nothing of the partner's perspective;
/// after it, nothing of the partner's private notes; and the partner never sees a solo round.
/// </summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.RelationshipView")]
public sealed record RelationshipView(
    [property: Id(0)] Guid RelationshipId,
    [property: Id(1)] RelationshipKind Kind,
    [property: Id(2)] string Label,
    [property: Id(3)] ParticipantView Me,
    [property: Id(4)] ParticipantView? Partner,
    [property: Id(5)] RoundView Round,
    [property: Id(6)] IReadOnlyList<RevealedRoundView> History,
    [property: Id(7)] bool Solo,
    [property: Id(8)] RevealPolicy RevealPolicy,
    [property: Id(9)] bool InvitePending,
    [property: Id(10)] int HistoryCount,
    [property: Id(11)] NextCheckIn? NextCheckIn);

/// <summary>
/// A participant; one who left shows with no id, the name the viewer knew them by, and <see cref="Left"/>.
/// <see cref="Inviter"/> marks the one who started the relationship and sent its invite (only they may remove a joiner).
/// </summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.ParticipantView")]
public sealed record ParticipantView(
    [property: Id(0)] Guid? PersonId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] bool Left = false,
    [property: Id(3)] bool Inviter = false);

[GenerateSerializer, Immutable, Alias("Reciprocity.RoundView")]
public sealed record RoundView(
    [property: Id(0)] int Number,
    [property: Id(1)] ParticipantStatus MyStatus,
    [property: Id(2)] ParticipantStatus PartnerStatus,
    [property: Id(3)] Perspective MyDraft,
    [property: Id(4)] bool Revealed,
    [property: Id(5)] RevealView? Reveal,
    [property: Id(6)] bool Solo,
    [property: Id(7)] bool Ready,
    [property: Id(8)] LastTime? LastTime);

/// <summary>A revealed round: the viewer's own perspective whole, the other's without private notes (none for a solo round).</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.RevealView")]
public sealed record RevealView(
    [property: Id(0)] DateTimeOffset RevealedAt,
    [property: Id(1)] Perspective Mine,
    [property: Id(2)] Perspective? Theirs,
    [property: Id(3)] IReadOnlyDictionary<Guid, string> Appreciations,
    [property: Id(4)] IReadOnlyDictionary<Guid, string> SmallThings);

[GenerateSerializer, Immutable, Alias("Reciprocity.RevealedRoundView")]
public sealed record RevealedRoundView(
    [property: Id(0)] int Number,
    [property: Id(1)] DateTimeOffset RevealedAt,
    [property: Id(2)] Perspective Mine,
    [property: Id(3)] Perspective? Theirs,
    [property: Id(4)] bool Solo,
    [property: Id(5)] IReadOnlyDictionary<Guid, string> Appreciations,
    [property: Id(6)] IReadOnlyDictionary<Guid, string> SmallThings);
