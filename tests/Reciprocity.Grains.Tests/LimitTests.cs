using Reciprocity.People;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class LimitTests(ClusterFixture fixture)
{
    private const int RelationshipsPerPerson = 100;
    private const int RoundsPerRelationship = 500;

    [Fact]
    public async Task A_relationship_holds_at_most_500_rounds()
    {
        var audit = await Audit.Start(fixture.Grains);
        for (var round = 1; round <= RoundsPerRelationship; round++)
        {
            await audit.Relationship.SaveDraft(audit.InviterId, Audit.Complete("a"));
            await audit.Relationship.SaveDraft(audit.PartnerId, Audit.Complete("b"));
            await audit.Relationship.Submit(audit.InviterId);
            await audit.Relationship.Submit(audit.PartnerId);
            if (round < RoundsPerRelationship)
            {
                await audit.Relationship.StartRound(audit.InviterId);
            }
        }

        var refusal = await Assert.ThrowsAsync<AuditRuleException>(() => audit.Relationship.StartRound(audit.PartnerId));
        Assert.Equal(RuleFailure.Conflict, refusal.Failure);
        var view = await audit.Relationship.GetView(audit.InviterId);
        Assert.Equal(RoundsPerRelationship, view.Round.Number);
        Assert.Equal(RoundsPerRelationship, view.HistoryCount);
        Assert.Equal(5, view.History.Count);
    }

    [Fact]
    public async Task A_person_takes_part_in_at_most_100_relationships_started_or_joined()
    {
        var alexId = Guid.NewGuid();
        var alex = fixture.Grains.GetGrain<IPersonGrain>(alexId);
        await alex.Register("Alex");
        for (var i = 0; i < RelationshipsPerPerson; i++)
        {
            await alex.StartRelationship(new RelationshipStart(RelationshipKind.Other, "", $"Friend {i}"));
        }

        var refusal = await Assert.ThrowsAsync<AuditRuleException>(() => alex.StartRelationship(new RelationshipStart(RelationshipKind.Partner, "", "One more")));
        Assert.Equal(RuleFailure.Conflict, refusal.Failure);

        var samId = Guid.NewGuid();
        var sam = fixture.Grains.GetGrain<IPersonGrain>(samId);
        await sam.Register("Sam");
        var invite = await sam.StartRelationship(new RelationshipStart(RelationshipKind.Partner, "", "Alex"));
        refusal = await Assert.ThrowsAsync<AuditRuleException>(() => alex.AcceptInvite(invite.InviteCode!));
        Assert.Equal(RuleFailure.Conflict, refusal.Failure);
        Assert.Equal(RelationshipsPerPerson, (await alex.GetProfile()).Relationships.Count);
        Assert.Null((await fixture.Grains.GetGrain<IRelationshipGrain>(invite.RelationshipId).GetView(samId)).Partner);
    }
}
