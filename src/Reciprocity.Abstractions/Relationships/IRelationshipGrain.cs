using Reciprocity.Perspectives;

namespace Reciprocity.Relationships;

/// <summary>
/// One relationship: its participants, invite, rounds, drafts and reveals. It alone decides what each caller
/// may see. Keyed by relationship id; every call names the person asking.
/// </summary>
[Alias("Reciprocity.IRelationshipGrain")]
public interface IRelationshipGrain : IGrainWithGuidKey
{
    /// <summary>Creates the relationship; returns the invite code, the only time it is ever shown.</summary>
    [Alias("Open")]
    Task<string> Open(RelationshipOpening opening);

    /// <summary>The invitee joins. Idempotent for the person who already accepted.</summary>
    [Alias("Accept")]
    Task<RelationshipView> Accept(Guid personId, string displayName, byte[] inviteHash);

    [Alias("GetView")]
    Task<RelationshipView> GetView(Guid personId);

    [Alias("GetSummary")]
    Task<RelationshipSummary> GetSummary(Guid personId);

    /// <summary>Merges the given fields into the caller's draft of the current round.</summary>
    [Alias("SaveDraft")]
    Task<RelationshipView> SaveDraft(Guid personId, Perspective changes);

    /// <summary>Seals the caller's perspective; the second submit of a round reveals it in the same call.</summary>
    [Alias("Submit")]
    Task<RelationshipView> Submit(Guid personId);

    /// <summary>Opens a new, empty round once the current one is revealed.</summary>
    [Alias("StartRound")]
    Task<RelationshipView> StartRound(Guid personId);
}

[GenerateSerializer, Immutable, Alias("Reciprocity.RelationshipOpening")]
public sealed record RelationshipOpening(
    [property: Id(0)] Guid InviterId,
    [property: Id(1)] string InviterName,
    [property: Id(2)] RelationshipKind Kind,
    [property: Id(3)] string Label,
    [property: Id(4)] string PartnerName);
