using System.Text.Json;
using Reciprocity.People;
using Reciprocity.Perspectives;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class PrivateNoteTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Private_notes_and_pictures_reach_their_author_and_never_the_other_person()
    {
        var audit = await Audit.Start(fixture.Grains);
        const string secret = "zq-only-for-alex";
        await audit.SubmitBoth(Audit.AllPrivate(secret), Audit.Complete("sam-shared"));

        var author = await audit.Relationship.GetView(audit.InviterId);
        Assert.Equal(secret + " initiation", author.Round.Reveal!.Mine.Dimensions!.Initiation!.Note);
        Assert.Equal(secret + " dimension picture", author.Round.Reveal.Mine.Dimensions.Initiation!.Picture!.Text);
        Assert.True(author.History[0].Mine.Picture!.Private);

        var partnerSees = new List<object>
        {
            await audit.Relationship.GetView(audit.PartnerId),
            await audit.Relationship.GetReading(audit.PartnerId),
            await fixture.Grains.GetGrain<IPersonGrain>(audit.PartnerId).GetReading(),
            await fixture.Grains.GetGrain<IPersonGrain>(audit.PartnerId).GetProfile(),
        };
        foreach (var item in partnerSees)
        {
            Assert.DoesNotContain(secret, JsonSerializer.Serialize(item, item.GetType()), StringComparison.Ordinal);
        }

        // Scores, leanings and the season's kind are shared; the private words are simply absent.
        var theirs = ((RelationshipView)partnerSees[0]).Round.Reveal!.Theirs!;
        Assert.Equal(1, theirs.Dimensions!.Initiation!.Score);
        Assert.Equal(Leaning.Me, theirs.Dimensions.Initiation.Leans);
        Assert.Null(theirs.Dimensions.Initiation.Note);
        Assert.Null(theirs.Dimensions.Initiation.Private);
        Assert.Null(theirs.Dimensions.Initiation.Picture);
        Assert.Null(theirs.Picture);
        Assert.Equal(SeasonKind.Grief, theirs.Season!.Kind);
        Assert.Null(theirs.Season.Note);
    }

    [Fact]
    public async Task A_dimension_picture_is_optional_but_needs_a_kind_once_it_has_words()
    {
        var audit = await Audit.Start(fixture.Grains);
        var withPicture = Audit.Complete("alex") with
        {
            Dimensions = Audit.Complete("alex").Dimensions! with { Initiation = new DimensionRating(1, Leaning.Me, "", Picture: new Picture(Text: "taking turns")) },
        };
        await audit.Relationship.SaveDraft(audit.InviterId, withPicture);

        var refusal = await Assert.ThrowsAsync<AuditRuleException>(() => audit.Relationship.Submit(audit.InviterId));
        Assert.Equal(["dimensions.initiation.picture.kind"], refusal.Errors.Keys);

        await audit.Relationship.SaveDraft(audit.InviterId, new Perspective(new Dimensions(Initiation: new DimensionRating(Picture: new Picture(PictureKind.MutualPattern)))));
        var submitted = await audit.Relationship.Submit(audit.InviterId);
        Assert.Equal("taking turns", submitted.Round.MyDraft.Dimensions!.Initiation!.Picture!.Text);
    }
}
