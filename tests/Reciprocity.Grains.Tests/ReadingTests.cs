using System.Text.Json;
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
        await audit.SubmitBoth(Audit.Complete("alex", overall: 3), Audit.Complete("sam", overall: 1));
        await audit.Relationship.StartRound(audit.InviterId);
        var inviterBefore = await audit.Relationship.GetReading(audit.InviterId);
        var partnerBefore = await audit.Relationship.GetReading(audit.PartnerId);

        // Round 2 differs from round 1 in every field a reading shows, so any of it read before the reveal would show.
        await audit.Relationship.SaveDraft(audit.InviterId, new Perspective(new Dimensions(new DimensionRating(1, Leaning.Them)), Overall: 5));
        await audit.Relationship.SaveDraft(audit.PartnerId, Reversed("sam sealed"));
        await audit.Relationship.Submit(audit.PartnerId);

        var partner = await audit.Relationship.GetReading(audit.PartnerId);
        Assert.Equal(ReadingBasis.Submitted, partner.BasedOn);
        Assert.Equal(2, partner.RoundNumber);
        Assert.Equal(5, partner.Overall);
        Assert.Equal("sam sealed picture", partner.Picture!.Text);
        Assert.Equal([Flow.MostlyReceive, Flow.MostlyGive, Flow.MostlyGive, Flow.MostlyReceive], MySide(partner));

        // The other's side of the partner's reading still rests on the round 1 revealed to them: nothing of Alex's draft.
        Assert.Equal(TheirSide(partnerBefore), TheirSide(partner));

        // The inviter's draft of round 2 is unfinished: their reading rests on round 1, exactly as it was before the
        // partner's sealed round 2 existed. Nothing of it (scores, leanings, picture, season) is in any field.
        var inviter = await audit.Relationship.GetReading(audit.InviterId);
        Assert.Equal(ReadingBasis.Revealed, inviter.BasedOn);
        Assert.Equal(1, inviter.RoundNumber);
        Assert.Equal(3, inviter.Overall);
        Assert.Equal(JsonSerializer.Serialize(inviterBefore), JsonSerializer.Serialize(inviter));
        Assert.DoesNotContain("sam sealed", JsonSerializer.Serialize(inviter), StringComparison.Ordinal);
    }

    private static Flow?[] MySide(RelationshipReading reading) =>
    [
        reading.Dimensions.Initiation.Mine, reading.Dimensions.Depth.Mine,
        reading.Dimensions.CrisisResponse.Mine, reading.Dimensions.Maintenance.Mine,
    ];

    private static Flow?[] TheirSide(RelationshipReading reading) =>
    [
        reading.Dimensions.Initiation.Theirs, reading.Dimensions.Depth.Theirs,
        reading.Dimensions.CrisisResponse.Theirs, reading.Dimensions.Maintenance.Theirs,
    ];

    // Every dimension flows the other way from Audit.Complete's, with its own picture and season.
    private static Perspective Reversed(string note) => new(
        new Dimensions(
            new DimensionRating(2, Leaning.Them, note),
            new DimensionRating(1, Leaning.Me, note + " depth"),
            new DimensionRating(3, Leaning.Me, note + " crisis"),
            new DimensionRating(1, Leaning.Them, note + " upkeep")),
        5,
        new Picture(PictureKind.MutualPattern, note + " picture"),
        new Season(SeasonKind.Grief, note + " season"));
}
