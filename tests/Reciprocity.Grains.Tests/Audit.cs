using Reciprocity.People;
using Reciprocity.Perspectives;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Tests;

/// <summary>Two people and the relationship between them, set up through the grains the way the API does.</summary>
internal sealed record Audit(Guid InviterId, Guid PartnerId, Guid RelationshipId, IGrainFactory Grains)
{
    public IRelationshipGrain Relationship => Grains.GetGrain<IRelationshipGrain>(RelationshipId);

    public static async Task<Audit> Start(IGrainFactory grains, bool accept = true)
    {
        var inviterId = Guid.NewGuid();
        var partnerId = Guid.NewGuid();
        await grains.GetGrain<IPersonGrain>(inviterId).Register("Alex");
        await grains.GetGrain<IPersonGrain>(partnerId).Register("Sam");
        var started = await grains.GetGrain<IPersonGrain>(inviterId).StartRelationship(RelationshipKind.CloseFriend, "Alex & Sam", "Sam");
        if (accept)
        {
            await grains.GetGrain<IPersonGrain>(partnerId).AcceptInvite(started.InviteCode);
        }

        return new Audit(inviterId, partnerId, started.RelationshipId, grains);
    }

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
