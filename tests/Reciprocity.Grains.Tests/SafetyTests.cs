using System.Text.Json;
using Orleans.Core.Internal;
using Reciprocity.People;
using Reciprocity.Perspectives;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Tests;

/// <summary>The relationship's rules for keeping answers private, revoking an invite, removing a joiner and leaving.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SafetyTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Keeping_a_draft_private_copies_it_into_a_solo_reflection_and_empties_it_without_the_other_noticing()
    {
        var audit = await Audit.Start(fixture.Grains);
        await audit.Relationship.SaveDraft(audit.PartnerId, Audit.Complete("zq-kept-words"));
        var before = Json(await audit.Relationship.GetView(audit.InviterId));
        var summaryBefore = Json(await audit.Relationship.GetSummary(audit.InviterId));

        var reflectionId = await Person(audit.PartnerId).KeepPrivate(audit.RelationshipId);

        var reflection = await fixture.Grains.GetGrain<IRelationshipGrain>(reflectionId).GetView(audit.PartnerId);
        Assert.True(reflection.Solo);
        Assert.True(reflection.Round.Revealed);
        Assert.Equal("zq-kept-words", reflection.Round.Reveal!.Mine.Dimensions!.Initiation!.Note);
        Assert.Equal(RelationshipKind.CloseFriend, reflection.Kind);
        // The joiner's copy holds only what they typed: not the inviter's label, nor the inviter's name (issue 26).
        Assert.Equal("", reflection.Label);

        var shared = await audit.Relationship.GetView(audit.PartnerId);
        Assert.Equal(Perspective.Empty, shared.Round.MyDraft);
        Assert.Equal(ParticipantStatus.InProgress, shared.Round.MyStatus);
        Assert.Equal(before, Json(await audit.Relationship.GetView(audit.InviterId)));
        Assert.Equal(summaryBefore, Json(await audit.Relationship.GetSummary(audit.InviterId)));

        var profile = await fixture.Grains.GetGrain<IPersonGrain>(audit.PartnerId).GetProfile();
        Assert.Contains(profile.Relationships, r => r.RelationshipId == reflectionId && r.Solo && r.PartnerName == "Your close friend");
    }

    [Fact]
    public async Task An_unfinished_draft_kept_private_stays_a_draft_in_the_reflection()
    {
        var audit = await Audit.Start(fixture.Grains);
        await audit.Relationship.SaveDraft(audit.PartnerId, new Perspective(Overall: 2));

        var reflectionId = await Person(audit.PartnerId).KeepPrivate(audit.RelationshipId);

        var reflection = await fixture.Grains.GetGrain<IRelationshipGrain>(reflectionId).GetView(audit.PartnerId);
        Assert.False(reflection.Round.Revealed);
        Assert.Equal(ParticipantStatus.InProgress, reflection.Round.MyStatus);
        Assert.Equal(2, reflection.Round.MyDraft.Overall);
    }

    [Fact]
    public async Task Keeping_private_is_refused_once_shared_after_the_reveal_on_a_solo_reflection_and_for_strangers()
    {
        var audit = await Audit.Start(fixture.Grains);
        await audit.Relationship.SaveDraft(audit.InviterId, Audit.Complete("alex"));
        await audit.Relationship.Submit(audit.InviterId);
        await Refused(RuleFailure.Conflict, () => Person(audit.InviterId).KeepPrivate(audit.RelationshipId));
        Assert.Equal(ParticipantStatus.Submitted, (await audit.Relationship.GetView(audit.InviterId)).Round.MyStatus);

        await audit.Relationship.SaveDraft(audit.PartnerId, Audit.Complete("sam"));
        await audit.Relationship.Submit(audit.PartnerId);
        await Refused(RuleFailure.Conflict, () => Person(audit.PartnerId).KeepPrivate(audit.RelationshipId));

        var solo = await Audit.StartSolo(fixture.Grains);
        await Refused(RuleFailure.Conflict, () => Person(solo.InviterId).KeepPrivate(solo.RelationshipId));
        await Refused(RuleFailure.NotFound, () => Person(solo.PartnerId).KeepPrivate(solo.RelationshipId));
    }

    [Fact]
    public async Task A_revoked_invite_no_longer_lets_anyone_join_and_only_the_inviter_may_revoke()
    {
        var audit = await Audit.Start(fixture.Grains, accept: false);
        var code = await audit.Relationship.Invite(audit.InviterId, replaceOpenInvite: true);
        await Refused(RuleFailure.NotFound, () => Safety(audit).RevokeInvite(audit.PartnerId));

        await Safety(audit).RevokeInvite(audit.InviterId);
        await Safety(audit).RevokeInvite(audit.InviterId);

        Assert.False((await audit.Relationship.GetView(audit.InviterId)).InvitePending);
        await Refused(RuleFailure.NotFound, () => fixture.Grains.GetGrain<IPersonGrain>(audit.PartnerId).AcceptInvite(code));

        var fresh = await audit.Relationship.Invite(audit.InviterId, replaceOpenInvite: false);
        await fixture.Grains.GetGrain<IPersonGrain>(audit.PartnerId).AcceptInvite(fresh);
        await Refused(RuleFailure.Conflict, () => Safety(audit).RevokeInvite(audit.InviterId));
        await Refused(RuleFailure.Conflict, () => Safety(audit).RevokeInvite(audit.PartnerId));
    }

    [Fact]
    public async Task A_joiner_removed_before_any_reveal_loses_the_relationship_and_everything_they_wrote_in_it()
    {
        var audit = await Audit.Start(fixture.Grains);
        await audit.Relationship.SaveDraft(audit.InviterId, Audit.Complete("alex-stays"));
        await audit.Relationship.SaveDraft(audit.PartnerId, Audit.Complete("zq-removed-words"));
        await audit.Relationship.Submit(audit.PartnerId);
        var joiners = await audit.Relationship.GetView(audit.PartnerId);
        Assert.False(joiners.Me.Inviter);
        Assert.True(joiners.Partner!.Inviter);
        await Refused(RuleFailure.Conflict, () => Safety(audit).RemovePartner(audit.PartnerId));

        var view = await Safety(audit).RemovePartner(audit.InviterId);

        Assert.True(view.Me.Inviter);
        Assert.Null(view.Partner);
        Assert.False(view.InvitePending);
        Assert.Equal(ParticipantStatus.NotStarted, view.Round.PartnerStatus);
        Assert.Equal("alex-stays", view.Round.MyDraft.Dimensions!.Initiation!.Note);
        Assert.DoesNotContain("zq-removed-words", Json(view), StringComparison.Ordinal);
        await Refused(RuleFailure.NotFound, () => audit.Relationship.GetView(audit.PartnerId));
        var profile = await fixture.Grains.GetGrain<IPersonGrain>(audit.PartnerId).GetProfile();
        Assert.DoesNotContain(profile.Relationships, r => r.RelationshipId == audit.RelationshipId);
        await Refused(RuleFailure.Conflict, () => Safety(audit).RemovePartner(audit.InviterId));

        // The inviter may invite again.
        var code = await audit.Relationship.Invite(audit.InviterId, replaceOpenInvite: false);
        await fixture.Grains.GetGrain<IPersonGrain>(audit.PartnerId).AcceptInvite(code);
        Assert.Equal(ParticipantStatus.NotStarted, (await audit.Relationship.GetView(audit.PartnerId)).Round.MyStatus);
    }

    [Fact]
    public async Task Nobody_can_be_removed_after_a_shared_reveal()
    {
        var audit = await Audit.Start(fixture.Grains);
        await audit.SubmitBoth();
        await Refused(RuleFailure.Conflict, () => Safety(audit).RemovePartner(audit.InviterId));
        Assert.NotNull((await audit.Relationship.GetView(audit.PartnerId)).Partner);
    }

    [Fact]
    public async Task The_one_who_stays_keeps_their_own_perspectives_and_the_dates_and_nothing_of_the_joiner_who_left()
    {
        var audit = await Audit.Start(fixture.Grains);
        await audit.SubmitBoth("alex-round-one", "zq-sam-round-one");
        await audit.Relationship.StartRound(audit.InviterId);
        await audit.Relationship.SaveDraft(audit.InviterId, Audit.Complete("alex-round-two"));
        await audit.Relationship.SaveDraft(audit.PartnerId, Audit.Complete("zq-sam-round-two"));
        var revealedAt = (await audit.Relationship.GetView(audit.InviterId)).History[0].RevealedAt;

        await Person(audit.PartnerId).LeaveRelationship(audit.RelationshipId);

        // Read from the same activation, then from storage.
        for (var activation = 0; activation < 2; activation++)
        {
            var view = await audit.Relationship.GetView(audit.InviterId);
            Assert.Equal(new ParticipantView(null, "Sam", Left: true), view.Partner);
            var round = Assert.Single(view.History);
            Assert.Equal(revealedAt, round.RevealedAt);
            Assert.Equal("alex-round-one", round.Mine.Dimensions!.Initiation!.Note);
            Assert.Null(round.Theirs);
            Assert.Equal("alex-round-two", view.Round.MyDraft.Dimensions!.Initiation!.Note);
            Assert.Equal(ParticipantStatus.NotStarted, view.Round.PartnerStatus);
            Assert.DoesNotContain("zq-sam", Json(view), StringComparison.Ordinal);
            Assert.DoesNotContain("zq-sam", Json(await fixture.Grains.GetGrain<IPersonGrain>(audit.InviterId).GetReading()), StringComparison.Ordinal);
            await audit.Relationship.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        }

        await Refused(RuleFailure.Conflict, () => audit.Relationship.Submit(audit.InviterId));
        await Refused(RuleFailure.Conflict, () => audit.Relationship.StartRound(audit.InviterId));
        await Refused(RuleFailure.Conflict, () => audit.Relationship.Invite(audit.InviterId, replaceOpenInvite: true));
        await Refused(RuleFailure.NotFound, () => audit.Relationship.GetView(audit.PartnerId));
        await Refused(RuleFailure.NotFound, () => Person(audit.PartnerId).LeaveRelationship(audit.RelationshipId));
        Assert.Empty((await fixture.Grains.GetGrain<IPersonGrain>(audit.PartnerId).GetProfile()).Relationships);
    }

    [Fact]
    public async Task When_the_inviter_leaves_the_joiner_keeps_their_own_words_and_nothing_the_inviter_typed()
    {
        var audit = await Audit.Start(fixture.Grains);
        await audit.SubmitBoth("zq-alex-words", "sam-words");

        await Person(audit.InviterId).LeaveRelationship(audit.RelationshipId);

        var view = await audit.Relationship.GetView(audit.PartnerId);
        Assert.Equal(new ParticipantView(null, "Your close friend", Left: true), view.Partner);
        Assert.Equal("", view.Label);
        Assert.Equal(audit.PartnerId, view.Me.PersonId);
        var round = Assert.Single(view.History);
        Assert.Equal("sam-words", round.Mine.Dimensions!.Initiation!.Note);
        Assert.Null(round.Theirs);
        var json = Json(view) + Json(await audit.Relationship.GetSummary(audit.PartnerId));
        Assert.DoesNotContain("zq-alex", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Alex", json, StringComparison.Ordinal);
        await Refused(RuleFailure.NotFound, () => audit.Relationship.GetView(audit.InviterId));
    }

    [Fact]
    public async Task Leaving_a_solo_reflection_or_one_nobody_joined_deletes_it_whole()
    {
        var solo = await Audit.StartSolo(fixture.Grains);
        await solo.Relationship.SaveDraft(solo.InviterId, Audit.Complete("solo-words"));
        await solo.Relationship.Submit(solo.InviterId);
        await Person(solo.InviterId).LeaveRelationship(solo.RelationshipId);
        await Refused(RuleFailure.NotFound, () => solo.Relationship.GetView(solo.InviterId));

        var unjoined = await Audit.Start(fixture.Grains, accept: false);
        var code = await unjoined.Relationship.Invite(unjoined.InviterId, replaceOpenInvite: true);
        await Person(unjoined.InviterId).LeaveRelationship(unjoined.RelationshipId);
        await Refused(RuleFailure.NotFound, () => unjoined.Relationship.GetView(unjoined.InviterId));
        await Refused(RuleFailure.NotFound, () => fixture.Grains.GetGrain<IPersonGrain>(unjoined.PartnerId).AcceptInvite(code));
    }

    [Fact]
    public async Task A_facilitated_pair_is_left_through_its_session_not_alone()
    {
        var (audit, _) = await Audit.StartFacilitated(fixture.Grains);
        await Refused(RuleFailure.Conflict, () => Safety(audit).Leave(audit.InviterId));
    }

    [Fact]
    public async Task A_deleted_person_is_gone_their_key_fails_and_the_other_keeps_only_their_own_words()
    {
        var audit = await Audit.Start(fixture.Grains);
        await audit.SubmitBoth("alex-words", "zq-deleted-words");
        var solo = await fixture.Grains.GetGrain<IPersonGrain>(audit.PartnerId).StartRelationship(new RelationshipStart(RelationshipKind.Other, "", "Kim", Solo: true));

        await Person(audit.PartnerId).DeleteEverything();

        await Refused(RuleFailure.NotFound, () => fixture.Grains.GetGrain<IPersonGrain>(audit.PartnerId).GetProfile());
        await Refused(RuleFailure.NotFound, () => fixture.Grains.GetGrain<IRelationshipGrain>(solo.RelationshipId).GetView(audit.PartnerId));
        var view = await audit.Relationship.GetView(audit.InviterId);
        Assert.True(view.Partner!.Left);
        Assert.DoesNotContain("zq-deleted", Json(view), StringComparison.Ordinal);
        Assert.False(await fixture.Grains.GetGrain<IPersonGrain>(audit.PartnerId).Authenticate(new byte[32]));
    }

    [Fact]
    public async Task An_export_holds_what_the_person_wrote_and_nothing_sealed_of_the_other()
    {
        var audit = await Audit.Start(fixture.Grains);
        await audit.SubmitBoth(Audit.AllPrivate("alex-private"), Audit.AllPrivate("zq-sam-private"));
        await audit.Relationship.StartRound(audit.InviterId);
        await audit.Relationship.SaveDraft(audit.InviterId, Audit.Complete("alex-draft"));
        await audit.Relationship.SaveDraft(audit.PartnerId, Audit.Complete("zq-sam-sealed"));
        await audit.Relationship.Submit(audit.PartnerId);

        var export = Json(await Export.Of(fixture.Grains, audit.InviterId));

        Assert.Contains("alex-private picture", export, StringComparison.Ordinal);
        Assert.Contains("alex-draft", export, StringComparison.Ordinal);
        Assert.DoesNotContain("zq-sam", export, StringComparison.Ordinal);
    }

    private IPersonData Person(Guid personId) => fixture.Grains.GetGrain<IPersonData>(personId);

    private IRelationshipSafety Safety(Audit audit) => fixture.Grains.GetGrain<IRelationshipSafety>(audit.RelationshipId);

    private static string Json(object value) => JsonSerializer.Serialize(value);

    private static async Task Refused(RuleFailure failure, Func<Task> action)
    {
        var refusal = await Assert.ThrowsAsync<AuditRuleException>(action);
        Assert.Equal(failure, refusal.Failure);
    }
}
