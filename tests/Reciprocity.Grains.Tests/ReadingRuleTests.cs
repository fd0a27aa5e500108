using Reciprocity.People;
using Reciprocity.Perspectives;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Tests;

/// <summary>The reading keeps each person's own leaning and names every part of care they rated 1 or 2.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ReadingRuleTests(ClusterFixture fixture)
{
    private static Perspective Rated(
        DimensionRating initiation,
        DimensionRating? depth = null,
        DimensionRating? crisis = null,
        DimensionRating? maintenance = null,
        int overall = 4) => new(
        new Dimensions(initiation, depth ?? new DimensionRating(4), crisis ?? new DimensionRating(4), maintenance ?? new DimensionRating(4)),
        overall,
        overall <= 2 ? new Picture(PictureKind.MutualPattern, "an overall picture") : null);

    [Fact]
    public async Task A_dimension_rated_4_with_I_mostly_receive_reads_mostly_receive_not_both_ways()
    {
        var audit = await Audit.Start(fixture.Grains);
        await audit.SubmitBoth(
            Rated(new DimensionRating(4, Leaning.Them), depth: new DimensionRating(5), crisis: new DimensionRating(3), maintenance: new DimensionRating(5, Leaning.Me)),
            Rated(new DimensionRating(4, Leaning.Me), depth: new DimensionRating(2, Leaning.Neither)));

        var alex = await fixture.Grains.GetGrain<IPersonGrain>(audit.InviterId).GetReading();
        var dimensions = alex.Relationships.Single().Dimensions;

        // Alex said "I mostly receive" at 4; Sam said "I mostly give" at 4: each keeps their own words.
        Assert.Equal(new DimensionFlow(Flow.MostlyReceive, Flow.MostlyGive), dimensions.Initiation);
        // A leaning of "both ways" is kept at 2; without a leaning a 5 reads both ways and a 3 names no direction.
        Assert.Equal(new DimensionFlow(Flow.BothWays, Flow.BothWays), dimensions.Depth);
        Assert.Equal(new DimensionFlow(Flow.NotNamed, Flow.BothWays), dimensions.CrisisResponse);
        Assert.Equal(new DimensionFlow(Flow.MostlyGive, Flow.BothWays), dimensions.Maintenance);
    }

    [Fact]
    public async Task Every_dimension_at_1_or_2_is_named_with_its_picture_or_boundary_even_when_the_overall_is_fair()
    {
        var audit = await Audit.Start(fixture.Grains);
        var boundary = new Picture(PictureKind.Boundary, "I stop planning every visit");
        var privatePattern = new Picture(PictureKind.MutualPattern, "alex-only-picture", Private: true);
        await audit.SubmitBoth(
            Rated(
                new DimensionRating(2, Leaning.Me, Picture: privatePattern),
                depth: new DimensionRating(2, Leaning.Me, Picture: new Picture(PictureKind.MutualPattern, "  ")),
                maintenance: new DimensionRating(1, Leaning.Me, Picture: boundary),
                overall: 4),
            Rated(new DimensionRating(5, Leaning.Neither)));

        var alex = (await fixture.Grains.GetGrain<IPersonGrain>(audit.InviterId).GetReading()).Relationships.Single();
        Assert.Equal(4, alex.Overall);
        Assert.Equal(
            [new LowDimension("initiation", 2, privatePattern), new LowDimension("depth", 2, null), new LowDimension("maintenance", 1, boundary)],
            alex.LowDimensions);

        // Sam's reading holds Sam's own low parts only: none; nothing of Alex's pictures, private or not.
        var sam = (await fixture.Grains.GetGrain<IPersonGrain>(audit.PartnerId).GetReading()).Relationships.Single();
        Assert.Empty(sam.LowDimensions);
    }

    [Fact]
    public async Task Nothing_finished_names_no_low_dimension()
    {
        var audit = await Audit.Start(fixture.Grains);
        await audit.Relationship.SaveDraft(audit.InviterId, Rated(new DimensionRating(1, Leaning.Me)));

        var alex = (await fixture.Grains.GetGrain<IPersonGrain>(audit.InviterId).GetReading()).Relationships.Single();
        Assert.Equal(ReadingBasis.None, alex.BasedOn);
        Assert.Empty(alex.LowDimensions);
    }
}
