using Orleans.Concurrency;
using Reciprocity.Relationships;
using Reciprocity.Sessions;

namespace Reciprocity.People;

/// <summary>A person: display name, the hash of their access key, their relationships. Keyed by person id.</summary>
[Alias("Reciprocity.IPersonGrain")]
public interface IPersonGrain : IGrainWithGuidKey
{
    /// <summary>Creates the person in their language (one of <see cref="Languages.Supported"/>) and returns their access key, the only time it is ever shown.</summary>
    [Alias("Register")]
    Task<string> Register(string displayName, string language = Languages.English);

    /// <summary>Changes the person's language; anything but a supported one is refused naming <c>language</c>, and changes nothing.</summary>
    [Alias("SetLanguage")]
    Task<string> SetLanguage(string language);

    /// <summary>The person's language, for the words the host writes them (an email, a calendar file, a report).</summary>
    [ReadOnly, AlwaysInterleave, Alias("GetLanguage")]
    Task<string> GetLanguage();

    /// <summary>
    /// True when <paramref name="keyHash"/> is the hash of this person's current access key. Interleaves (it only
    /// reads): a key is refused at once while the person's deletion runs, instead of waiting behind it.
    /// </summary>
    [AlwaysInterleave, Alias("Authenticate")]
    Task<bool> Authenticate(byte[] keyHash);

    /// <summary>A new access key; the old one stops working at once.</summary>
    [Alias("RotateKey")]
    Task<string> RotateKey();

    [Alias("GetProfile")]
    Task<PersonProfile> GetProfile();

    /// <summary>Starts a relationship with this person as its author: a solo reflection, or with an invite.</summary>
    [Alias("StartRelationship")]
    Task<StartedRelationship> StartRelationship(RelationshipStart start);

    /// <summary>The person's relationships read together, from what they wrote and what was revealed to them.</summary>
    [Alias("GetReading")]
    Task<Reading> GetReading();

    /// <summary>Joins the relationship behind an invite code.</summary>
    [Alias("AcceptInvite")]
    Task<RelationshipView> AcceptInvite(string inviteCode);

    /// <summary>Opens a facilitated session with this person as its facilitator.</summary>
    [Alias("OpenSession")]
    Task<SessionView> OpenSession(string title, SessionKind kind);

    /// <summary>Takes the seat behind a seat code. Idempotent for the person who holds it.</summary>
    [Alias("ClaimSeat")]
    Task<SessionView> ClaimSeat(string seatCode);

    /// <summary>Leaves a session this person takes part in (its pairs end).</summary>
    [Alias("LeaveSession")]
    Task LeaveSession(Guid sessionId);
}

[GenerateSerializer, Immutable, Alias("Reciprocity.PersonProfile")]
public sealed record PersonProfile(
    [property: Id(0)] Guid PersonId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] IReadOnlyList<RelationshipSummary> Relationships,
    [property: Id(3)] IReadOnlyList<SessionSummary> Sessions,
    [property: Id(4)] string? Email = null,
    [property: Id(5)] bool RemindersAvailable = false,
    [property: Id(6)] string? PendingEmail = null,
    [property: Id(7)] string Language = Languages.English);

[GenerateSerializer, Immutable, Alias("Reciprocity.RelationshipStart")]
public sealed record RelationshipStart(
    [property: Id(0)] RelationshipKind Kind,
    [property: Id(1)] string Label,
    [property: Id(2)] string PartnerName,
    [property: Id(3)] bool Solo = false,
    [property: Id(4)] RevealPolicy RevealPolicy = RevealPolicy.Auto);

/// <summary>A relationship just started; the invite code is shown this once, and is null for a solo reflection.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.StartedRelationship")]
public sealed record StartedRelationship(
    [property: Id(0)] Guid RelationshipId,
    [property: Id(1)] string? InviteCode);
