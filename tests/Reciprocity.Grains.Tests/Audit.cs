using Reciprocity.People;
using Reciprocity.Perspectives;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Tests;

/// <summary>Two people and the relationship between them, set up through the grains the way the API does.</summary>
internal sealed record Audit(Guid InviterId, Guid PartnerId, Guid RelationshipId, IGrainFactory Grains)
{
    public IRelationshipGrain Relationship => Grains.GetGrain<IRelationshipGrain>(RelationshipId);

    public static async Task<Audit> Start(IGrainFactory grains, bool accept = true, RevealPolicy policy = RevealPolicy.Auto)
    {
        var inviterId = Guid.NewGuid();
        var partnerId = Guid.NewGuid();
        await grains.GetGrain<IPersonGrain>(inviterId).Register("Alex");
        await grains.GetGrain<IPersonGrain>(partnerId).Register("Sam");
        var started = await grains.GetGrain<IPersonGrain>(inviterId).StartRelationship(new RelationshipStart(RelationshipKind.CloseFriend, "Alex & Sam", "Sam", RevealPolicy: policy));
        if (accept)
        {
            await grains.GetGrain<IPersonGrain>(partnerId).AcceptInvite(started.InviteCode!);
        }

        return new Audit(inviterId, partnerId, started.RelationshipId, grains);
    }

    /// <summary>A person reflecting alone on a relationship; <see cref="PartnerId"/> is registered but not invited.</summary>
    public static async Task<Audit> StartSolo(IGrainFactory grains)
    {
        var audit = await Start(grains, accept: false);
        var solo = await grains.GetGrain<IPersonGrain>(audit.InviterId).StartRelationship(new RelationshipStart(RelationshipKind.FamilyMember, "Mum", "Sam", Solo: true));
        Assert.Null(solo.InviteCode);
        return audit with { RelationshipId = solo.RelationshipId };
    }

    /// <summary>A pair a facilitator's session opened: both people in it from the start, rounds opened by the facilitator.</summary>
    public static async Task<(Audit Audit, Guid FacilitatorId)> StartFacilitated(IGrainFactory grains)
    {
        var audit = await Start(grains, accept: false);
        var facilitatorId = Guid.NewGuid();
        var relationshipId = Guid.NewGuid();
        var code = await grains.GetGrain<IRelationshipGrain>(relationshipId).Open(
            new RelationshipOpening(audit.InviterId, "Alex", RelationshipKind.Partner, "", "Sam", RevealPolicy: RevealPolicy.Facilitator, FacilitatorId: facilitatorId, PartnerId: audit.PartnerId));
        Assert.Null(code);
        return (audit with { RelationshipId = relationshipId }, facilitatorId);
    }

    public Task SubmitBoth(string inviterNote = "alex", string partnerNote = "sam") => SubmitBoth(Complete(inviterNote), Complete(partnerNote));

    public async Task SubmitBoth(Perspective inviter, Perspective partner)
    {
        await Relationship.SaveDraft(InviterId, inviter);
        await Relationship.SaveDraft(PartnerId, partner);
        await Relationship.Submit(InviterId);
        await Relationship.Submit(PartnerId);
    }

    /// <summary>A complete perspective whose every note and picture is marked private, each holding <paramref name="secret"/>.</summary>
    public static Perspective AllPrivate(string secret) => new(
        new Dimensions(
            new DimensionRating(1, Leaning.Me, secret + " initiation", true, new Picture(PictureKind.Boundary, secret + " dimension picture", true)),
            new DimensionRating(4, Leaning.Neither, secret + " depth", true),
            new DimensionRating(3, Leaning.Them, secret + " crisis", true),
            new DimensionRating(2, Leaning.Me, secret + " upkeep", true)),
        2,
        new Picture(PictureKind.MutualPattern, secret + " picture", true),
        new Season(SeasonKind.Grief, secret + " season", true));

    public static Perspective Complete(string note, int overall = 4) => new(
        new Dimensions(
            new DimensionRating(2, Leaning.Me, note),
            new DimensionRating(4, Leaning.Neither, ""),
            new DimensionRating(3, Leaning.Them, note + " crisis"),
            new DimensionRating(2, Leaning.Me, note + " upkeep")),
        overall,
        overall <= 2 ? new Picture(PictureKind.MutualPattern, note + " picture") : null,
        new Season(SeasonKind.Transition, note + " season"));
}
