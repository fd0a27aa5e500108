using System.Text.Json;
using Reciprocity.Perspectives;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class RevealTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Before_the_reveal_nothing_the_partner_can_obtain_holds_the_other_perspective()
    {
        var audit = await Audit.Start(fixture.Grains);
        const string secret = "zq-sealed-words-of-alex";
        await audit.Relationship.SaveDraft(audit.InviterId, Audit.Complete(secret, overall: 2));
        var afterSubmit = await audit.Relationship.Submit(audit.InviterId);
        Assert.Equal(ParticipantStatus.Submitted, afterSubmit.Round.MyStatus);

        var seen = new List<object>
        {
            await audit.Relationship.GetView(audit.PartnerId),
            await audit.Relationship.GetSummary(audit.PartnerId),
            await audit.Relationship.SaveDraft(audit.PartnerId, new Perspective(Overall: 3)),
            await fixture.Grains.GetGrain<Reciprocity.People.IPersonGrain>(audit.PartnerId).GetProfile(),
        };

        foreach (var item in seen)
        {
            Assert.DoesNotContain(secret, JsonSerializer.Serialize(item, item.GetType()), StringComparison.Ordinal);
        }

        var view = (RelationshipView)seen[0];
        Assert.Equal(ParticipantStatus.Submitted, view.Round.PartnerStatus);
        Assert.False(view.Round.Revealed);
        Assert.Null(view.Round.Reveal);
        Assert.Empty(view.History);
    }

    [Fact]
    public async Task Submitting_at_the_same_instant_reveals_exactly_once_and_identically_for_both()
    {
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var audit = await Audit.Start(fixture.Grains);
            await audit.Relationship.SaveDraft(audit.InviterId, Audit.Complete("alex-" + attempt));
            await audit.Relationship.SaveDraft(audit.PartnerId, Audit.Complete("sam-" + attempt, overall: 1));

            using var start = new Barrier(2);
            var inviter = Task.Run(() => { start.SignalAndWait(); return audit.Relationship.Submit(audit.InviterId); });
            var partner = Task.Run(() => { start.SignalAndWait(); return audit.Relationship.Submit(audit.PartnerId); });
            await Task.WhenAll(inviter, partner);

            var inviterView = await audit.Relationship.GetView(audit.InviterId);
            var partnerView = await audit.Relationship.GetView(audit.PartnerId);
            Assert.Single(inviterView.History);
            Assert.Single(partnerView.History);
            Assert.True(inviterView.Round.Revealed);
            Assert.Equal(inviterView.Round.Reveal!.RevealedAt, partnerView.Round.Reveal!.RevealedAt);
            Assert.Equal(inviterView.Round.Reveal.Mine, partnerView.Round.Reveal.Theirs);
            Assert.Equal(inviterView.Round.Reveal.Theirs, partnerView.Round.Reveal.Mine);
            Assert.Equal("alex-" + attempt, inviterView.Round.Reveal.Mine.Dimensions!.Initiation!.Note);
        }
    }

    [Fact]
    public async Task A_reveal_is_kept_as_history_and_a_second_submit_changes_nothing()
    {
        var audit = await Audit.Start(fixture.Grains);
        await audit.Relationship.SaveDraft(audit.InviterId, Audit.Complete("a"));
        await audit.Relationship.SaveDraft(audit.PartnerId, Audit.Complete("b"));
        await audit.Relationship.Submit(audit.InviterId);
        var revealed = await audit.Relationship.Submit(audit.PartnerId);
        var again = await audit.Relationship.Submit(audit.PartnerId);

        Assert.Equal(revealed.Round.Reveal!.RevealedAt, again.Round.Reveal!.RevealedAt);
        Assert.Single(again.History);

        var next = await audit.Relationship.StartRound(audit.InviterId);
        Assert.Equal(2, next.Round.Number);
        Assert.Equal(ParticipantStatus.NotStarted, next.Round.MyStatus);
        Assert.Equal(Perspective.Empty, next.Round.MyDraft);
        Assert.Single(next.History);
        Assert.Equal(1, next.History[0].Number);
    }
}
