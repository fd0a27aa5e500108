using Reciprocity.Relationships;

namespace Reciprocity.People;

/// <summary>A person: display name, the hash of their access key, their relationships. Keyed by person id.</summary>
[Alias("Reciprocity.IPersonGrain")]
public interface IPersonGrain : IGrainWithGuidKey
{
    /// <summary>Creates the person and returns their access key, the only time it is ever shown.</summary>
    [Alias("Register")]
    Task<string> Register(string displayName);

    /// <summary>True when <paramref name="keyHash"/> is the hash of this person's current access key.</summary>
    [Alias("Authenticate")]
    Task<bool> Authenticate(byte[] keyHash);

    /// <summary>A new access key; the old one stops working at once.</summary>
    [Alias("RotateKey")]
    Task<string> RotateKey();

    [Alias("GetProfile")]
    Task<PersonProfile> GetProfile();

    /// <summary>Starts a relationship with this person as the inviter.</summary>
    [Alias("StartRelationship")]
    Task<StartedRelationship> StartRelationship(RelationshipKind kind, string label, string partnerName);

    /// <summary>Joins the relationship behind an invite code.</summary>
    [Alias("AcceptInvite")]
    Task<RelationshipView> AcceptInvite(string inviteCode);
}

[GenerateSerializer, Immutable, Alias("Reciprocity.PersonProfile")]
public sealed record PersonProfile(
    [property: Id(0)] Guid PersonId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] IReadOnlyList<RelationshipSummary> Relationships);

[GenerateSerializer, Immutable, Alias("Reciprocity.StartedRelationship")]
public sealed record StartedRelationship(
    [property: Id(0)] Guid RelationshipId,
    [property: Id(1)] string InviteCode);
