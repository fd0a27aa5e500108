using Reciprocity.Perspectives;

namespace Reciprocity.Relationships;

/// <summary>
/// A person's control over one relationship: keeping a draft to themselves, withdrawing an invite, removing someone
/// who joined by mistake, and leaving with everything they wrote. Implemented by the relationship's grain.
/// </summary>
[Alias("Reciprocity.IRelationshipSafety")]
public interface IRelationshipSafety : IGrainWithGuidKey
{
    /// <summary>The caller's draft of the current round and what a private copy needs; changes nothing.</summary>
    [Alias("TakePrivateDraft")]
    Task<PrivateDraft> TakePrivateDraft(Guid personId);

    /// <summary>
    /// Empties the caller's draft once it is copied (<paramref name="copied"/> null: there was none), keeping their
    /// status and telling the other member nothing; a facilitated pair's facilitator sees "kept private" on their board.
    /// </summary>
    [Alias("ClearPrivateDraft")]
    Task ClearPrivateDraft(Guid personId, Perspective? copied);

    /// <summary>The inviter withdraws the invite that is out; its code stops working.</summary>
    [Alias("RevokeInvite")]
    Task RevokeInvite(Guid personId);

    /// <summary>The inviter removes the person who joined, before any shared reveal; answers the inviter's view.</summary>
    [Alias("RemovePartner")]
    Task<RelationshipView> RemovePartner(Guid personId);

    /// <summary>The caller leaves, and everything they wrote here is deleted.</summary>
    [Alias("Leave")]
    Task Leave(Guid personId);
}

/// <summary>A draft to keep private, with the kind, label and other person's name its private copy takes.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.PrivateDraft")]
public sealed record PrivateDraft(
    [property: Id(0)] RelationshipKind Kind,
    [property: Id(1)] string Label,
    [property: Id(2)] string OtherName,
    [property: Id(3)] Perspective? Draft);
