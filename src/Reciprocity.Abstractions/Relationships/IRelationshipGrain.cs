using Reciprocity.Perspectives;
using Reciprocity.Sessions;

namespace Reciprocity.Relationships;

/// <summary>
/// One relationship: its participants, invite, rounds, drafts and reveals. It alone decides what each caller
/// may see. Keyed by relationship id; every call names the person asking.
/// </summary>
[Alias("Reciprocity.IRelationshipGrain")]
public interface IRelationshipGrain : IGrainWithGuidKey
{
    /// <summary>Creates the relationship; returns the invite code (the only time it is ever shown), or null for a solo reflection.</summary>
    [Alias("Open")]
    Task<string?> Open(RelationshipOpening opening);

    /// <summary>
    /// The author invites the other person; from then on new rounds are shared. While an invite is out, a fresh code
    /// (the old one then stops working) is made only when <paramref name="replaceOpenInvite"/> asks for it.
    /// </summary>
    [Alias("Invite")]
    Task<string> Invite(Guid personId, bool replaceOpenInvite);

    /// <summary>The invitee joins. Idempotent for the person who already accepted.</summary>
    [Alias("Accept")]
    Task<RelationshipView> Accept(Guid personId, string displayName, byte[] inviteHash);

    /// <summary>Who invites, to what kind of relationship: what the invite page shows before it asks for a name.</summary>
    [Alias("DescribeInvite")]
    Task<InviteInvitation> DescribeInvite(byte[] inviteHash);

    [Alias("GetView")]
    Task<RelationshipView> GetView(Guid personId);

    [Alias("GetSummary")]
    Task<RelationshipSummary> GetSummary(Guid personId);

    /// <summary>What this person's reading across relationships shows of this one: their own words and what was revealed to them.</summary>
    [Alias("GetReading")]
    Task<RelationshipReading> GetReading(Guid personId);

    /// <summary>Merges the given fields into the caller's draft of the current round; answers those fields as now held.</summary>
    [Alias("SaveDraft")]
    Task<DraftSaved> SaveDraft(Guid personId, Perspective changes);

    /// <summary>Seals the caller's perspective; the round opens when its reveal policy says so.</summary>
    [Alias("Submit")]
    Task<RoundAnswer> Submit(Guid personId);

    /// <summary>Takes a submitted perspective back to a draft, until the round is revealed.</summary>
    [Alias("Withdraw")]
    Task<RoundAnswer> Withdraw(Guid personId);

    /// <summary>"Open it now", under the together policy; the second confirmation reveals the round.</summary>
    [Alias("Confirm")]
    Task<RoundAnswer> Confirm(Guid personId);

    /// <summary>Switches how rounds open: only from auto to together.</summary>
    [Alias("ChangeRevealPolicy")]
    Task<RelationshipView> ChangeRevealPolicy(Guid personId, RevealPolicy policy);

    /// <summary>The facilitator opens a round both participants have submitted.</summary>
    [Alias("Release")]
    Task<ReleasedRound> Release(Guid facilitatorId);

    /// <summary>Tells the watchers again where the relationship stands, once per activation (asked after a silo was lost).</summary>
    [Alias("Reannounce")]
    Task Reannounce();

    /// <summary>Opens a new, empty round once the current one is revealed.</summary>
    [Alias("StartRound")]
    Task<RoundAnswer> StartRound(Guid personId);

    /// <summary>A facilitated pair as its facilitator sees it: statuses, and released rounds without private notes.</summary>
    [Alias("GetFacilitatorView")]
    Task<FacilitatorPairView> GetFacilitatorView(Guid facilitatorId);

    /// <summary>The facilitator starts the pair's next round (a session's check-in), once the current one is released.</summary>
    [Alias("StartFacilitatedRound")]
    Task StartFacilitatedRound(Guid facilitatorId);

    /// <summary>The facilitator is gone: the pair becomes its two members' own, opened when both confirm.</summary>
    [Alias("EndFacilitation")]
    Task EndFacilitation(Guid facilitatorId);

    /// <summary>
    /// The facilitator deleted their data: facilitation ends as in <see cref="EndFacilitation"/>, and nothing they typed
    /// stays in the pair (the session's title as its label, the seat names as the members' names).
    /// </summary>
    [Alias("FacilitatorDeleted")]
    Task FacilitatorDeleted(Guid facilitatorId);
}

/// <summary>
/// How a relationship begins. A solo reflection invites nobody. A facilitated one (opened by a session) names its
/// facilitator and both participants from the start.
/// </summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.RelationshipOpening")]
public sealed record RelationshipOpening(
    [property: Id(0)] Guid InviterId,
    [property: Id(1)] string InviterName,
    [property: Id(2)] RelationshipKind Kind,
    [property: Id(3)] string Label,
    [property: Id(4)] string PartnerName,
    [property: Id(5)] bool Solo = false,
    [property: Id(6)] RevealPolicy RevealPolicy = RevealPolicy.Auto,
    [property: Id(7)] Guid? FacilitatorId = null,
    [property: Id(8)] Guid? PartnerId = null,
    [property: Id(9)] FacilitatedPair? Pair = null);

/// <summary>A round the facilitator released.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.ReleasedRound")]
public sealed record ReleasedRound(
    [property: Id(0)] Guid RelationshipId,
    [property: Id(1)] int RoundNumber,
    [property: Id(2)] DateTimeOffset RevealedAt);

/// <summary>An open invite as its page shows it: who sent it, the kind of relationship and its label.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.InviteInvitation")]
public sealed record InviteInvitation(
    [property: Id(0)] string InviterName,
    [property: Id(1)] RelationshipKind Kind,
    [property: Id(2)] string Label);
