using Reciprocity.People;
using Reciprocity.Perspectives;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class RuleTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_submitted_perspective_cannot_be_changed()
    {
        var audit = await Audit.Start(fixture.Grains);
        await audit.Relationship.SaveDraft(audit.InviterId, Audit.Complete("first"));
        await audit.Relationship.Submit(audit.InviterId);

        var refusal = await Assert.ThrowsAsync<AuditRuleException>(() =>
            audit.Relationship.SaveDraft(audit.InviterId, new Perspective(Overall: 1)));
        Assert.Equal(RuleFailure.Conflict, refusal.Failure);
        Assert.Equal(4, (await audit.Relationship.GetView(audit.InviterId)).Round.MyDraft.Overall);
    }

    [Fact]
    public async Task An_incomplete_perspective_cannot_be_submitted_and_each_missing_field_is_named()
    {
        var audit = await Audit.Start(fixture.Grains);
        await audit.Relationship.SaveDraft(audit.InviterId, new Perspective(new Dimensions(Initiation: new DimensionRating(3)), Overall: 2));

        var refusal = await Assert.ThrowsAsync<AuditRuleException>(() => audit.Relationship.Submit(audit.InviterId));
        Assert.Equal(RuleFailure.Invalid, refusal.Failure);
        Assert.Equal(
            ["dimensions.crisisResponse.score", "dimensions.depth.score", "dimensions.maintenance.score", "picture.kind", "picture.text"],
            refusal.Errors.Keys.Order());
        Assert.Equal(ParticipantStatus.InProgress, (await audit.Relationship.GetView(audit.InviterId)).Round.MyStatus);
    }

    [Fact]
    public async Task A_new_round_starts_only_after_a_reveal()
    {
        var audit = await Audit.Start(fixture.Grains);
        var refusal = await Assert.ThrowsAsync<AuditRuleException>(() => audit.Relationship.StartRound(audit.InviterId));
        Assert.Equal(RuleFailure.Conflict, refusal.Failure);

        await audit.Relationship.SaveDraft(audit.InviterId, Audit.Complete("a"));
        await audit.Relationship.Submit(audit.InviterId);
        await Assert.ThrowsAsync<AuditRuleException>(() => audit.Relationship.StartRound(audit.PartnerId));
        Assert.Equal(1, (await audit.Relationship.GetView(audit.PartnerId)).Round.Number);
    }

    [Fact]
    public async Task Drafts_merge_the_fields_given_and_keep_the_rest()
    {
        var audit = await Audit.Start(fixture.Grains);
        await audit.Relationship.SaveDraft(audit.InviterId, new Perspective(new Dimensions(Depth: new DimensionRating(2, Leaning.Them, "kept"))));
        var saved = await audit.Relationship.SaveDraft(audit.InviterId, new Perspective(new Dimensions(Depth: new DimensionRating(Score: 5)), Overall: 3));
        var view = await audit.Relationship.GetView(audit.InviterId);

        Assert.Equal(new DimensionRating(5, Leaning.Them, "kept"), view.Round.MyDraft.Dimensions!.Depth);
        Assert.Equal(3, view.Round.MyDraft.Overall);
        Assert.Equal(ParticipantStatus.InProgress, view.Round.MyStatus);
        Assert.Equal(ParticipantStatus.InProgress, saved.Round.MyStatus);

        // The answer holds only what this save named, as now held.
        Assert.Equal(new Perspective(new Dimensions(Depth: new DimensionRating(Score: 5)), Overall: 3), saved.Saved);
    }

    [Fact]
    public async Task An_empty_note_clears_the_saved_one_and_a_null_one_keeps_it()
    {
        var audit = await Audit.Start(fixture.Grains);
        await audit.Relationship.SaveDraft(audit.InviterId, new Perspective(new Dimensions(Depth: new DimensionRating(Note: "gone"), Maintenance: new DimensionRating(Note: "kept"))));
        var saved = await audit.Relationship.SaveDraft(audit.InviterId, new Perspective(new Dimensions(Depth: new DimensionRating(Note: ""), Maintenance: new DimensionRating(Note: null))));
        var view = await audit.Relationship.GetView(audit.InviterId);

        Assert.Equal("", view.Round.MyDraft.Dimensions!.Depth!.Note);
        Assert.Equal("kept", view.Round.MyDraft.Dimensions!.Maintenance!.Note);
        Assert.Equal("", saved.Saved.Dimensions!.Depth!.Note);
        Assert.Null(saved.Saved.Dimensions.Maintenance!.Note);
    }

    [Theory]
    [InlineData(0, "dimensions.initiation.score")]
    [InlineData(6, "dimensions.initiation.score")]
    public async Task Out_of_range_scores_are_refused_and_nothing_is_saved(int score, string field)
    {
        var audit = await Audit.Start(fixture.Grains);
        var refusal = await Assert.ThrowsAsync<AuditRuleException>(() =>
            audit.Relationship.SaveDraft(audit.InviterId, new Perspective(new Dimensions(new DimensionRating(score)))));
        Assert.Contains(field, refusal.Errors.Keys);
        Assert.Equal(ParticipantStatus.NotStarted, (await audit.Relationship.GetView(audit.InviterId)).Round.MyStatus);
    }

    [Fact]
    public async Task Over_long_and_control_character_text_is_refused()
    {
        var audit = await Audit.Start(fixture.Grains);
        var refusal = await Assert.ThrowsAsync<AuditRuleException>(() => audit.Relationship.SaveDraft(audit.InviterId, new Perspective(
            new Dimensions(Depth: new DimensionRating(Note: new string('a', 2_001))),
            Picture: new Picture(PictureKind.Boundary, "ok\u0007"),
            Season: new Season(SeasonKind.Grief, "lines\nand\ttabs are fine"))));
        Assert.Equal(["dimensions.depth.note", "picture.text"], refusal.Errors.Keys.Order());
    }

    [Fact]
    public async Task Control_characters_are_refused_even_in_text_that_is_otherwise_blank()
    {
        var audit = await Audit.Start(fixture.Grains);
        var refusal = await Assert.ThrowsAsync<AuditRuleException>(() => audit.Relationship.SaveDraft(audit.InviterId, new Perspective(
            new Dimensions(Depth: new DimensionRating(Note: "\u000b\u000c")),
            Season: new Season(SeasonKind.Grief, "\u0085"))));
        Assert.Equal(["dimensions.depth.note", "season.note"], refusal.Errors.Keys.Order());
        Assert.Equal(ParticipantStatus.NotStarted, (await audit.Relationship.GetView(audit.InviterId)).Round.MyStatus);
    }

    [Theory]
    [InlineData("Sam\u2028Lee")]
    [InlineData("Sam\u2029")]
    [InlineData("Sam\u0085Lee")]
    [InlineData("\u200b\u200b")]
    [InlineData("\u200c\u200d\u2060\ufeff")]
    [InlineData("\u200e\u200f")]
    [InlineData("\u3164")]
    [InlineData("\u0301\u0302")]
    [InlineData("Sam\u202eevilnoc.exe")]
    [InlineData("\u202aSam\u202c")]
    [InlineData("\u202dSam")]
    [InlineData("\u2066Sam\u2069")]
    [InlineData("\u2067Sam")]
    [InlineData("\u2068Sam")]
    public async Task A_name_is_one_line_with_a_visible_character_and_no_direction_controls(string name)
    {
        var person = fixture.Grains.GetGrain<IPersonGrain>(Guid.NewGuid());
        var refused = await Assert.ThrowsAsync<AuditRuleException>(() => person.Register(name));
        Assert.Equal(["displayName"], refused.Errors.Keys);

        await person.Register("Robin");
        var opening = await Assert.ThrowsAsync<AuditRuleException>(() => person.StartRelationship(new RelationshipStart(RelationshipKind.Other, name, name)));
        Assert.Equal(["label", "partnerName"], opening.Errors.Keys.Order());
        Assert.Empty((await person.GetProfile()).Relationships);
    }

    [Theory]
    [InlineData("Sam")]
    [InlineData("José Núñez")]
    [InlineData("李小龙")]
    [InlineData("שרה כהן\u200f")]
    [InlineData("\u200fمريم 2")]
    [InlineData("Zoë 🙂")]
    [InlineData("👩\u200d👩\u200d👧")]
    public async Task Names_in_any_script_with_direction_marks_and_joiners_are_welcome(string name)
    {
        var person = fixture.Grains.GetGrain<IPersonGrain>(Guid.NewGuid());
        await person.Register(name);
        Assert.Equal(name, (await person.GetProfile()).DisplayName);
        await person.StartRelationship(new RelationshipStart(RelationshipKind.Other, name, name));
    }

    [Fact]
    public async Task Invites_are_refused_when_unknown_used_or_ones_own()
    {
        var inviterId = Guid.NewGuid();
        var inviter = fixture.Grains.GetGrain<IPersonGrain>(inviterId);
        await inviter.Register("Robin");
        var started = await inviter.StartRelationship(new RelationshipStart(RelationshipKind.FamilyMember, "", "Kim"));

        var own = await Assert.ThrowsAsync<AuditRuleException>(() => inviter.AcceptInvite(started.InviteCode!));
        Assert.Equal(RuleFailure.Conflict, own.Failure);

        var kim = fixture.Grains.GetGrain<IPersonGrain>(Guid.NewGuid());
        await kim.Register("Kim");
        var forged = SecretCode.Create(started.RelationshipId).Code;
        Assert.Equal(RuleFailure.NotFound, (await Assert.ThrowsAsync<AuditRuleException>(() => kim.AcceptInvite(forged))).Failure);
        Assert.Equal(RuleFailure.NotFound, (await Assert.ThrowsAsync<AuditRuleException>(() => kim.AcceptInvite("not-a-code"))).Failure);

        var joined = await kim.AcceptInvite(started.InviteCode!);
        Assert.Equal("Robin", joined.Partner!.DisplayName);
        Assert.Equivalent(joined, await kim.AcceptInvite(started.InviteCode!));

        var third = fixture.Grains.GetGrain<IPersonGrain>(Guid.NewGuid());
        await third.Register("Jo");
        Assert.Equal(RuleFailure.Gone, (await Assert.ThrowsAsync<AuditRuleException>(() => third.AcceptInvite(started.InviteCode!))).Failure);
    }

    [Fact]
    public async Task Someone_else_learns_nothing_not_even_that_the_relationship_exists()
    {
        var audit = await Audit.Start(fixture.Grains);
        var stranger = Guid.NewGuid();
        Assert.Equal(RuleFailure.NotFound, (await Assert.ThrowsAsync<AuditRuleException>(() => audit.Relationship.GetView(stranger))).Failure);
        Assert.Equal(RuleFailure.NotFound, (await Assert.ThrowsAsync<AuditRuleException>(() => audit.Relationship.SaveDraft(stranger, Perspective.Empty))).Failure);
        Assert.Equal(RuleFailure.NotFound, (await Assert.ThrowsAsync<AuditRuleException>(() => audit.Relationship.Submit(stranger))).Failure);
        Assert.Equal(RuleFailure.NotFound, (await Assert.ThrowsAsync<AuditRuleException>(() => fixture.Grains.GetGrain<IRelationshipGrain>(Guid.NewGuid()).GetView(audit.InviterId))).Failure);
    }

    [Fact]
    public async Task A_rotated_key_replaces_the_old_one_at_once()
    {
        var personId = Guid.NewGuid();
        var person = fixture.Grains.GetGrain<IPersonGrain>(personId);
        var first = await person.Register("Ari");
        var second = await person.RotateKey();

        Assert.True(SecretCode.TryRead(first, out var firstOwner, out var firstHash));
        Assert.True(SecretCode.TryRead(second, out _, out var secondHash));
        Assert.Equal(personId, firstOwner);
        Assert.False(await person.Authenticate(firstHash));
        Assert.True(await person.Authenticate(secondHash));
    }
}
