using Reciprocity.People;
using Reciprocity.Perspectives;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class ReadingTests(ClusterFixture fixture)
{
    [Fact]
    public async Task The_reading_reads_each_relationship_from_the_persons_own_words_in_flows_not_totals()
    {
        var audit = await Audit.Start(fixture.Grains);
        await audit.SubmitBoth(Audit.Complete("alex", overall: 2), Audit.Complete("sam"));
        var solo = await fixture.Grains.GetGrain<IPersonGrain>(audit.InviterId).StartRelationship(new RelationshipStart(RelationshipKind.FamilyMember, "", "Mum", Solo: true));
        await fixture.Grains.GetGrain<IPersonGrain>(audit.InviterId).StartRelationship(new RelationshipStart(RelationshipKind.Partner, "", "Jo", Solo: true));
        var soloRelationship = fixture.Grains.GetGrain<IRelationshipGrain>(solo.RelationshipId);
        await soloRelationship.SaveDraft(audit.InviterId, Audit.Complete("mum"));
        await soloRelationship.Submit(audit.InviterId);

        var reading = await fixture.Grains.GetGrain<IPersonGrain>(audit.InviterId).GetReading();

        Assert.Equal([RelationshipKind.CloseFriend, RelationshipKind.FamilyMember, RelationshipKind.Partner], reading.Relationships.Select(r => r.Kind));
        var shared = reading.Relationships[0];
        Assert.Equal(ReadingBasis.Revealed, shared.BasedOn);
        Assert.Equal(2, shared.Overall);
        Assert.Equal("alex picture", shared.Picture!.Text);
        // Complete(): initiation 2 leaning me, depth 4, crisis 3 leaning them, maintenance 2 leaning me.
        Assert.Equal(new DimensionFlow(Flow.MostlyGive, Flow.MostlyGive), shared.Dimensions.Initiation);
        Assert.Equal(new DimensionFlow(Flow.BothWays, Flow.BothWays), shared.Dimensions.Depth);
        Assert.Equal(new DimensionFlow(Flow.MostlyReceive, Flow.MostlyReceive), shared.Dimensions.CrisisResponse);

        var alone = reading.Relationships[1];
        Assert.True(alone.Solo);
        Assert.Equal(ReadingBasis.Revealed, alone.BasedOn);
        Assert.Null(alone.Dimensions.Initiation.Theirs);

        var notYet = reading.Relationships[2];
        Assert.Equal(ReadingBasis.None, notYet.BasedOn);
        Assert.Null(notYet.Dimensions.Depth.Mine);
        Assert.Null(notYet.Overall);
    }

    [Fact]
    public async Task A_submitted_perspective_is_read_while_it_waits_and_nothing_of_the_partner_before_the_reveal()
    {
        var audit = await Audit.Start(fixture.Grains);
        await audit.Relationship.SaveDraft(audit.PartnerId, Audit.Complete("sam", overall: 1));
        await audit.Relationship.Submit(audit.PartnerId);
        await audit.Relationship.SaveDraft(audit.InviterId, Audit.Complete("alex", overall: 3));
        await audit.Relationship.Submit(audit.InviterId);
        await audit.Relationship.StartRound(audit.InviterId);
        await audit.Relationship.SaveDraft(audit.InviterId, new Perspective(new Dimensions(new DimensionRating(5)), Overall: 5));
        await audit.Relationship.SaveDraft(audit.PartnerId, Audit.Complete("sam-2", overall: 1));
        await audit.Relationship.Submit(audit.PartnerId);

        var partner = await audit.Relationship.GetReading(audit.PartnerId);
        Assert.Equal(ReadingBasis.Submitted, partner.BasedOn);
        Assert.Equal(2, partner.RoundNumber);
        Assert.Equal(1, partner.Overall);

        // The inviter's draft of round 2 is unfinished: their reading rests on round 1, and the partner's
        // round-2 answers, sealed, are not in it.
        var inviter = await audit.Relationship.GetReading(audit.InviterId);
        Assert.Equal(ReadingBasis.Revealed, inviter.BasedOn);
        Assert.Equal(1, inviter.RoundNumber);
        Assert.Equal(3, inviter.Overall);
    }
}
