using Reciprocity.Perspectives;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class RevealPolicyTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Together_never_reveals_until_both_confirmed()
    {
        var audit = await Audit.Start(fixture.Grains, policy: RevealPolicy.Together);
        await audit.Relationship.SaveDraft(audit.InviterId, Audit.Complete("alex"));
        await audit.Relationship.Submit(audit.InviterId);

        var early = await Assert.ThrowsAsync<AuditRuleException>(() => audit.Relationship.Confirm(audit.InviterId));
        Assert.Equal(RuleFailure.Conflict, early.Failure);

        await audit.Relationship.SaveDraft(audit.PartnerId, Audit.Complete("sam"));
        var bothSubmitted = await audit.Relationship.Submit(audit.PartnerId);
        Assert.False(bothSubmitted.Round.Revealed);
        Assert.True(bothSubmitted.Round.Ready);
        Assert.Equal(0, bothSubmitted.HistoryCount);
        Assert.Empty((await audit.Relationship.GetView(audit.PartnerId)).History);

        var first = await audit.Relationship.Confirm(audit.PartnerId);
        Assert.False(first.Round.Revealed);
        Assert.Null(first.Round.Reveal);
        Assert.Equal(ParticipantStatus.Confirmed, first.Round.MyStatus);
        var other = await audit.Relationship.GetView(audit.InviterId);
        Assert.Equal(ParticipantStatus.Confirmed, other.Round.PartnerStatus);
        Assert.Null(other.Round.Reveal);

        Assert.Equal(ParticipantStatus.Confirmed, (await audit.Relationship.Confirm(audit.PartnerId)).Round.MyStatus);

        var opened = await audit.Relationship.Confirm(audit.InviterId);
        Assert.True(opened.Round.Revealed);
        Assert.Equal("sam", opened.Round.Reveal!.Theirs!.Dimensions!.Initiation!.Note);
    }

    [Fact]
    public async Task Together_reveals_exactly_once_when_both_confirm_at_the_same_instant()
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var audit = await Audit.Start(fixture.Grains, policy: RevealPolicy.Together);
            await audit.SubmitBoth("alex-" + attempt, "sam-" + attempt);

            using var start = new Barrier(2);
            var inviter = Task.Run(() => { start.SignalAndWait(); return audit.Relationship.Confirm(audit.InviterId); });
            var partner = Task.Run(() => { start.SignalAndWait(); return audit.Relationship.Confirm(audit.PartnerId); });
            await Task.WhenAll(inviter, partner);

            var inviterView = await audit.Relationship.GetView(audit.InviterId);
            var partnerView = await audit.Relationship.GetView(audit.PartnerId);
            Assert.Single(inviterView.History);
            Assert.Single(partnerView.History);
            Assert.Equal(inviterView.Round.Reveal!.RevealedAt, partnerView.Round.Reveal!.RevealedAt);
            Assert.Equal(inviterView.Round.Reveal.Mine, partnerView.Round.Reveal.Theirs);
        }
    }

    [Fact]
    public async Task A_submission_can_be_withdrawn_until_the_reveal_and_not_after()
    {
        var audit = await Audit.Start(fixture.Grains, policy: RevealPolicy.Together);
        await audit.SubmitBoth();
        await audit.Relationship.Confirm(audit.PartnerId);

        var withdrawn = await audit.Relationship.Withdraw(audit.InviterId);
        Assert.Equal(ParticipantStatus.InProgress, withdrawn.Round.MyStatus);
        Assert.Equal(ParticipantStatus.Submitted, withdrawn.Round.PartnerStatus);
        Assert.False(withdrawn.Round.Ready);
        Assert.Equal("alex", withdrawn.Round.MyDraft.Dimensions!.Initiation!.Note);

        // The draft can be changed again; the partner's earlier confirmation no longer counts.
        await audit.Relationship.SaveDraft(audit.InviterId, new Perspective(Overall: 5));
        await audit.Relationship.Submit(audit.InviterId);
        Assert.False((await audit.Relationship.Confirm(audit.InviterId)).Round.Revealed);
        var opened = await audit.Relationship.Confirm(audit.PartnerId);
        Assert.True(opened.Round.Revealed);
        Assert.Equal(5, opened.Round.Reveal!.Theirs!.Overall);

        var late = await Assert.ThrowsAsync<AuditRuleException>(() => audit.Relationship.Withdraw(audit.InviterId));
        Assert.Equal(RuleFailure.Conflict, late.Failure);
        var notSubmitted = await Audit.Start(fixture.Grains);
        Assert.Equal(RuleFailure.Conflict, (await Assert.ThrowsAsync<AuditRuleException>(() => notSubmitted.Relationship.Withdraw(notSubmitted.InviterId))).Failure);
    }

    [Fact]
    public async Task Facilitator_never_reveals_on_submit_and_releases_exactly_once()
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var (audit, facilitatorId) = await Audit.StartFacilitated(fixture.Grains);
            await audit.Relationship.SaveDraft(audit.InviterId, Audit.Complete("alex"));
            await audit.Relationship.Submit(audit.InviterId);
            var early = await Assert.ThrowsAsync<AuditRuleException>(() => audit.Relationship.Release(facilitatorId));
            Assert.Equal(RuleFailure.Conflict, early.Failure);

            await audit.Relationship.SaveDraft(audit.PartnerId, Audit.Complete("sam"));
            var submitted = await audit.Relationship.Submit(audit.PartnerId);
            Assert.False(submitted.Round.Revealed);
            Assert.True(submitted.Round.Ready);
            Assert.Equal(RuleFailure.Conflict, (await Assert.ThrowsAsync<AuditRuleException>(() => audit.Relationship.Confirm(audit.PartnerId))).Failure);
            Assert.Equal(RuleFailure.Conflict, (await Assert.ThrowsAsync<AuditRuleException>(() => audit.Relationship.Release(audit.PartnerId))).Failure);
            Assert.Equal(RuleFailure.NotFound, (await Assert.ThrowsAsync<AuditRuleException>(() => audit.Relationship.Release(Guid.NewGuid()))).Failure);

            using var start = new Barrier(3);
            var releases = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
            {
                start.SignalAndWait();
                try
                {
                    return await audit.Relationship.Release(facilitatorId);
                }
                catch (AuditRuleException refusal) when (refusal.Failure == RuleFailure.Conflict)
                {
                    return null;
                }
            })).ToArray();
            var released = (await Task.WhenAll(releases)).Where(r => r is not null).ToArray();

            Assert.Single(released);
            var view = await audit.Relationship.GetView(audit.InviterId);
            Assert.Single(view.History);
            Assert.Equal(released[0]!.RevealedAt, view.Round.Reveal!.RevealedAt);
        }
    }

    [Fact]
    public async Task The_policy_moves_from_auto_to_together_and_never_back()
    {
        var audit = await Audit.Start(fixture.Grains);
        await audit.Relationship.SaveDraft(audit.InviterId, Audit.Complete("alex"));
        await audit.Relationship.Submit(audit.InviterId);

        var switched = await audit.Relationship.ChangeRevealPolicy(audit.PartnerId, RevealPolicy.Together);
        Assert.Equal(RevealPolicy.Together, switched.RevealPolicy);
        Assert.Equal(RevealPolicy.Together, (await audit.Relationship.ChangeRevealPolicy(audit.InviterId, RevealPolicy.Together)).RevealPolicy);
        Assert.Equal(RuleFailure.Conflict, (await Assert.ThrowsAsync<AuditRuleException>(() => audit.Relationship.ChangeRevealPolicy(audit.InviterId, RevealPolicy.Auto))).Failure);
        Assert.Equal(RuleFailure.Conflict, (await Assert.ThrowsAsync<AuditRuleException>(() => audit.Relationship.ChangeRevealPolicy(audit.InviterId, RevealPolicy.Facilitator))).Failure);
        Assert.Equal(RuleFailure.Invalid, (await Assert.ThrowsAsync<AuditRuleException>(() => audit.Relationship.ChangeRevealPolicy(audit.InviterId, (RevealPolicy)42))).Failure);

        // The partner's submit no longer opens the round: it waits for both to confirm.
        await audit.Relationship.SaveDraft(audit.PartnerId, Audit.Complete("sam"));
        var submitted = await audit.Relationship.Submit(audit.PartnerId);
        Assert.False(submitted.Round.Revealed);
        Assert.True(submitted.Round.Ready);

        var (facilitated, _) = await Audit.StartFacilitated(fixture.Grains);
        Assert.Equal(RuleFailure.Conflict, (await Assert.ThrowsAsync<AuditRuleException>(() => facilitated.Relationship.ChangeRevealPolicy(facilitated.InviterId, RevealPolicy.Together))).Failure);
    }
}
