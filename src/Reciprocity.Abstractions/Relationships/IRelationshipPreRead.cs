using Reciprocity.Perspectives;

namespace Reciprocity.Relationships;

/// <summary>
/// A facilitated pair's one opening before its release: a member's submitted perspective, without private notes, for the
/// session's facilitator. Only the session calls it, and only for a member who consented to a pre-read in it.
/// </summary>
[Alias("Reciprocity.IRelationshipPreRead")]
public interface IRelationshipPreRead : IGrainWithGuidKey
{
    /// <summary>The member's submitted perspective of the current round as others see it; null while it is not submitted.</summary>
    [Alias("GetPreRead")]
    Task<Perspective?> GetPreRead(Guid facilitatorId, Guid memberId);
}
