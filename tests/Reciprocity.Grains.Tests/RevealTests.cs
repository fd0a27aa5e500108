using System.Collections.Immutable;
using System.Text.Json;
using Orleans.Core.Internal;
using Reciprocity.Grains.Relationships;
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
        Assert.Equal(1, again.HistoryCount);
        Assert.Single((await audit.Relationship.GetView(audit.PartnerId)).History);

        var next = await audit.Relationship.StartRound(audit.InviterId);
        Assert.Equal(2, next.Round.Number);
        Assert.Equal(ParticipantStatus.NotStarted, next.Round.MyStatus);
        Assert.Equal(Perspective.Empty, next.Round.MyDraft);
        Assert.Equal(1, next.HistoryCount);
        var history = (await audit.Relationship.GetView(audit.InviterId)).History;
        Assert.Single(history);
        Assert.Equal(1, history[0].Number);
    }
    [Fact]
    public async Task A_long_history_is_kept_whole_and_in_order_across_activations()
    {
        // More rounds than the history row keeps: older rounds move to the archive row on the way.
        const int rounds = 40;
        var audit = await Audit.Start(fixture.Grains);
        for (var round = 1; round <= rounds; round++)
        {
            if (round > 1)
            {
                await audit.Relationship.StartRound(audit.InviterId);
            }

            await audit.Relationship.SaveDraft(audit.InviterId, Audit.Complete($"alex-{round}"));
            await audit.Relationship.SaveDraft(audit.PartnerId, Audit.Complete($"sam-{round}"));
            await audit.Relationship.Submit(audit.InviterId);
            await audit.Relationship.Submit(audit.PartnerId);
        }

        // The whole history (what an export carries); the view itself keeps the latest rounds (ConversationTests).
        var whole = fixture.Grains.GetGrain<IRelationshipConversation>(audit.RelationshipId);
        var before = await whole.GetWholeView(audit.PartnerId);
        await audit.Relationship.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var after = await whole.GetWholeView(audit.PartnerId);

        foreach (var view in new[] { before, after })
        {
            Assert.Equal(Enumerable.Range(1, rounds), view.History.Select(r => r.Number));
            Assert.Equal(Enumerable.Range(1, rounds).Select(r => $"sam-{r}"), view.History.Select(r => r.Mine.Dimensions!.Initiation!.Note));
            Assert.Equal(Enumerable.Range(1, rounds).Select(r => $"alex-{r}"), view.History.Select(r => r.Theirs!.Dimensions!.Initiation!.Note));
            Assert.True(view.Round.Revealed);
            Assert.Equal(rounds, view.Round.Number);
        }

        Assert.Equal(before, after with { History = before.History });
    }
    [Fact]
    public void Rounds_left_in_both_rows_by_an_unfinished_move_count_once()
    {
        static ImmutableList<RevealedRound> Rounds(int from, int to) =>
            [.. Enumerable.Range(from, to - from + 1).Select(n => new RevealedRound { Number = n })];

        // The archive got rounds 1–16, the history row still holds 10–24: the move stopped between its two writes.
        var joined = RelationshipHistory.Join(Rounds(1, 16), Rounds(10, 24));

        Assert.Equal(Enumerable.Range(1, 24), joined.Select(r => r.Number));
        Assert.Equal(Enumerable.Range(1, 5), RelationshipHistory.Join([], Rounds(1, 5)).Select(r => r.Number));
    }
}
