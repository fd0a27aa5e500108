using System.Text.Json;
using Orleans.Core.Internal;
using Reciprocity.People;
using Reciprocity.Perspectives;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class SoloTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_solo_round_is_complete_for_its_author_at_submit()
    {
        var solo = await Audit.StartSolo(fixture.Grains);
        await solo.Relationship.SaveDraft(solo.InviterId, Audit.Complete("my own words"));
        var view = await solo.Relationship.Submit(solo.InviterId);

        Assert.True(view.Solo);
        Assert.True(view.Round.Solo);
        Assert.True(view.Round.Revealed);
        Assert.Equal("my own words", view.Round.Reveal!.Mine.Dimensions!.Initiation!.Note);
        Assert.Null(view.Round.Reveal.Theirs);
        Assert.Null(view.Partner);
        Assert.Equal(1, view.HistoryCount);
        var entry = Assert.Single((await solo.Relationship.GetView(solo.InviterId)).History);
        Assert.True(entry.Solo);
        Assert.Null(entry.Theirs);
    }

    [Fact]
    public async Task Nobody_else_can_read_a_solo_round_before_or_after_the_author_invites_the_other_person()
    {
        var solo = await Audit.StartSolo(fixture.Grains);
        const string secret = "zq-solo-words";
        await solo.Relationship.SaveDraft(solo.InviterId, Audit.Complete(secret));
        await solo.Relationship.Submit(solo.InviterId);

        // Before the invite: the other person and a stranger learn nothing, not even that it exists.
        foreach (var outsider in new[] { solo.PartnerId, Guid.NewGuid() })
        {
            Assert.Equal(RuleFailure.NotFound, (await Assert.ThrowsAsync<AuditRuleException>(() => solo.Relationship.GetView(outsider))).Failure);
            Assert.Equal(RuleFailure.NotFound, (await Assert.ThrowsAsync<AuditRuleException>(() => solo.Relationship.GetSummary(outsider))).Failure);
            Assert.Equal(RuleFailure.NotFound, (await Assert.ThrowsAsync<AuditRuleException>(() => solo.Relationship.GetReading(outsider))).Failure);
        }

        var code = await solo.Relationship.Invite(solo.InviterId, replaceOpenInvite: false);
        var joined = await fixture.Grains.GetGrain<IPersonGrain>(solo.PartnerId).AcceptInvite(code);

        // After: the shared rounds start afresh, at 1, and the partner sees no trace of the solo one.
        Assert.Empty(joined.History);
        Assert.Equal(1, joined.Round.Number);
        Assert.False(joined.Round.Solo);
        Assert.False(joined.Solo);
        await solo.SubmitBoth("alex-shared", "sam-shared");
        await solo.Relationship.Cast<IGrainManagementExtension>().DeactivateOnIdle();

        var partnerSees = new List<object>
        {
            await solo.Relationship.GetView(solo.PartnerId),
            await solo.Relationship.GetSummary(solo.PartnerId),
            await solo.Relationship.GetReading(solo.PartnerId),
            await fixture.Grains.GetGrain<IPersonGrain>(solo.PartnerId).GetProfile(),
            await fixture.Grains.GetGrain<IPersonGrain>(solo.PartnerId).GetReading(),
        };
        foreach (var item in partnerSees)
        {
            Assert.DoesNotContain(secret, JsonSerializer.Serialize(item, item.GetType()), StringComparison.Ordinal);
        }

        var partnerView = (RelationshipView)partnerSees[0];
        var shared = Assert.Single(partnerView.History);
        Assert.Equal(1, shared.Number);
        Assert.Equal("alex-shared", shared.Theirs!.Dimensions!.Initiation!.Note);

        // The author keeps both: the solo round, then the first shared one.
        var authorView = await solo.Relationship.GetView(solo.InviterId);
        Assert.Equal([true, false], authorView.History.Select(r => r.Solo));
        Assert.Equal(secret, authorView.History[0].Mine.Dimensions!.Initiation!.Note);
    }

    [Fact]
    public async Task Inviting_while_a_solo_reflection_is_unfinished_is_refused_and_keeps_it_solo()
    {
        var solo = await Audit.StartSolo(fixture.Grains);
        await solo.Relationship.SaveDraft(solo.InviterId, new Perspective(Overall: 3));

        var refusal = await Assert.ThrowsAsync<AuditRuleException>(() => solo.Relationship.Invite(solo.InviterId, replaceOpenInvite: false));
        Assert.Equal(RuleFailure.Conflict, refusal.Failure);
        var view = await solo.Relationship.GetView(solo.InviterId);
        Assert.True(view.Solo);
        Assert.True(view.Round.Solo);
        Assert.False(view.InvitePending);
    }

    [Fact]
    public async Task Inviting_before_rating_makes_the_current_round_the_first_shared_one()
    {
        var solo = await Audit.StartSolo(fixture.Grains);
        var code = await solo.Relationship.Invite(solo.InviterId, replaceOpenInvite: false);
        var pending = await solo.Relationship.GetView(solo.InviterId);
        Assert.True(pending.InvitePending);
        Assert.False(pending.Round.Solo);
        Assert.Equal(1, pending.Round.Number);

        // A second invite replaces the first code, when asked for.
        var fresh = await solo.Relationship.Invite(solo.InviterId, replaceOpenInvite: true);
        var stale = await Assert.ThrowsAsync<AuditRuleException>(() => fixture.Grains.GetGrain<IPersonGrain>(solo.PartnerId).AcceptInvite(code));
        Assert.Equal(RuleFailure.NotFound, stale.Failure);
        await fixture.Grains.GetGrain<IPersonGrain>(solo.PartnerId).AcceptInvite(fresh);

        await solo.SubmitBoth();
        var revealed = await solo.Relationship.GetView(solo.PartnerId);
        Assert.True(revealed.Round.Revealed);
        Assert.NotNull(revealed.Round.Reveal!.Theirs);

        var again = await Assert.ThrowsAsync<AuditRuleException>(() => solo.Relationship.Invite(solo.InviterId, replaceOpenInvite: true));
        Assert.Equal(RuleFailure.Conflict, again.Failure);
    }

    [Fact]
    public async Task Inviting_again_while_an_invite_is_out_makes_no_second_code_unless_a_new_link_is_asked_for()
    {
        var solo = await Audit.StartSolo(fixture.Grains);
        await solo.Relationship.SaveDraft(solo.InviterId, Audit.Complete("alone-first"));
        await solo.Relationship.Submit(solo.InviterId);
        var code = await solo.Relationship.Invite(solo.InviterId, replaceOpenInvite: false);

        var again = await Assert.ThrowsAsync<AuditRuleException>(() => solo.Relationship.Invite(solo.InviterId, replaceOpenInvite: false));
        Assert.Equal(RuleFailure.Conflict, again.Failure);
        var view = await solo.Relationship.GetView(solo.InviterId);
        Assert.True(view.InvitePending);
        Assert.Equal(1, view.Round.Number);
        Assert.Equal([true], view.History.Select(r => r.Solo));

        // The first link still works: the refused press changed nothing.
        var joined = await fixture.Grains.GetGrain<IPersonGrain>(solo.PartnerId).AcceptInvite(code);
        Assert.Equal(1, joined.Round.Number);
    }
}
