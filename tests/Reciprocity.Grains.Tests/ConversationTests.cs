using System.Text.Json;
using Orleans.Core.Internal;
using Reciprocity.Perspectives;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Tests;

/// <summary>After the reveal (issue 13): traces of the conversation, the history in pages and as a timeline, the next check-in.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ConversationTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Appreciations_and_small_things_are_kept_with_the_revealed_round_and_both_see_both()
    {
        var audit = await Audit.Start(fixture.Grains);
        await audit.SubmitBoth();
        var conversation = Conversation(audit);

        await conversation.SetAppreciation(audit.InviterId, 1, "Thank you for saying the upkeep is heavy.");
        await conversation.SetSmallThing(audit.PartnerId, 1, "I'll call on Sundays.");
        var traces = await conversation.SetSmallThing(audit.InviterId, 1, "I'll plan one evening a week.");

        Assert.Equal(1, traces.Number);
        Assert.Equal("Thank you for saying the upkeep is heavy.", traces.Appreciations[audit.InviterId]);
        Assert.False(traces.Appreciations.ContainsKey(audit.PartnerId));
        Assert.Equal(2, traces.SmallThings.Count);

        // Stored with the round: a new activation reads them back, in the reveal and the history, for both.
        await audit.Relationship.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        foreach (var viewer in new[] { audit.InviterId, audit.PartnerId })
        {
            var view = await audit.Relationship.GetView(viewer);
            Assert.Equal("I'll call on Sundays.", view.Round.Reveal!.SmallThings[audit.PartnerId]);
            Assert.Equal("Thank you for saying the upkeep is heavy.", view.History[0].Appreciations[audit.InviterId]);
            Assert.Equal("I'll plan one evening a week.", view.History[0].SmallThings[audit.InviterId]);
        }

        // An empty text takes it back.
        var taken = await conversation.SetAppreciation(audit.InviterId, 1, "");
        Assert.Empty(taken.Appreciations);
        Assert.Empty((await audit.Relationship.GetView(audit.PartnerId)).History[0].Appreciations);
    }

    [Fact]
    public async Task Traces_follow_the_rules_of_the_round_and_the_text()
    {
        var audit = await Audit.Start(fixture.Grains);
        var conversation = Conversation(audit);
        await Refused(RuleFailure.Conflict, () => conversation.SetSmallThing(audit.InviterId, 1, "too soon"));
        await audit.SubmitBoth();

        await Refused(RuleFailure.NotFound, () => conversation.SetSmallThing(audit.InviterId, 2, "no such round"));
        await Refused(RuleFailure.NotFound, () => conversation.SetAppreciation(Guid.NewGuid(), 1, "a stranger"));
        await Refused(RuleFailure.Invalid, () => conversation.SetAppreciation(audit.InviterId, 1, new string('a', 501)));
        await Refused(RuleFailure.Invalid, () => conversation.SetSmallThing(audit.InviterId, 1, new string('a', 281)));
        await Refused(RuleFailure.Invalid, () => conversation.SetSmallThing(audit.InviterId, 1, "bell\u0007"));
        Assert.Equal(280, (await conversation.SetSmallThing(audit.InviterId, 1, new string('a', 280))).SmallThings[audit.InviterId].Length);
        Assert.Equal(500, (await conversation.SetAppreciation(audit.InviterId, 1, new string('a', 500))).Appreciations[audit.InviterId].Length);

        // Alone there is nobody's view to thank, but a small thing to try.
        var solo = await Audit.StartSolo(fixture.Grains);
        await solo.Relationship.SaveDraft(solo.InviterId, Audit.Complete("alone"));
        await solo.Relationship.Submit(solo.InviterId);
        await Refused(RuleFailure.Conflict, () => Conversation(solo).SetAppreciation(solo.InviterId, 1, "thanks"));
        Assert.Equal("rest more", (await Conversation(solo).SetSmallThing(solo.InviterId, 1, "rest more")).SmallThings[solo.InviterId]);
    }

    [Fact]
    public async Task The_next_round_starts_with_the_small_things_of_the_last_one()
    {
        var audit = await Audit.Start(fixture.Grains);
        await audit.SubmitBoth();
        Assert.Null((await audit.Relationship.GetView(audit.InviterId)).Round.LastTime);
        await Conversation(audit).SetSmallThing(audit.PartnerId, 1, "I'll ask first.");

        var next = await audit.Relationship.StartRound(audit.InviterId);

        Assert.Equal(1, next.Round.LastTime!.Number);
        Assert.Equal("I'll ask first.", next.Round.LastTime.SmallThings[audit.PartnerId]);
        await audit.SubmitBoth();
        Assert.Equal(1, (await audit.Relationship.GetView(audit.PartnerId)).Round.LastTime!.Number);
    }

    [Fact]
    public async Task Leaving_deletes_the_leavers_traces_and_the_record_takes_no_more()
    {
        var audit = await Audit.Start(fixture.Grains);
        await audit.SubmitBoth();
        var conversation = Conversation(audit);
        await conversation.SetSmallThing(audit.PartnerId, 1, "sam's small thing");
        await conversation.SetAppreciation(audit.PartnerId, 1, "sam's thanks");
        await conversation.SetSmallThing(audit.InviterId, 1, "alex's small thing");
        await conversation.ProposeNextCheckIn(audit.PartnerId, Today().AddDays(10));

        await fixture.Grains.GetGrain<IRelationshipSafety>(audit.RelationshipId).Leave(audit.PartnerId);

        // Read as written (the default encoder would spell ' as \u0027, and a search for "sam's" could never fail),
        // in the view and in the history's pages.
        var view = await audit.Relationship.GetView(audit.InviterId);
        var history = await conversation.GetHistory(audit.InviterId, null, 20);
        var seen = JsonSerializer.Serialize(new object[] { view, history }, AsWritten);
        Assert.Contains("alex's small thing", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("sam's", seen, StringComparison.Ordinal);
        Assert.Equal("alex's small thing", view.History[0].SmallThings[audit.InviterId]);
        Assert.Null(view.NextCheckIn);
        await Refused(RuleFailure.Conflict, () => conversation.SetSmallThing(audit.InviterId, 1, "more"));
        await Refused(RuleFailure.Conflict, () => conversation.ProposeNextCheckIn(audit.InviterId, Today().AddDays(10)));
    }

    [Fact]
    public async Task The_facilitator_reads_the_traces_of_a_released_round_for_the_report_and_never_writes_one()
    {
        var session = await Session.Open(fixture.Grains, Reciprocity.Sessions.SessionKind.Couple);
        var seats = await session.Seat("Alex", "Sam");
        var (alex, sam) = (seats["Alex"], seats["Sam"]);
        var pair = await session.PairOf(alex.SeatId, sam.SeatId);
        var relationshipId = pair.RelationshipId!.Value;
        var relationship = fixture.Grains.GetGrain<IRelationshipGrain>(relationshipId);
        await relationship.SaveDraft(alex.PersonId, Audit.Complete("alex"));
        await relationship.SaveDraft(sam.PersonId, Audit.Complete("sam"));
        await relationship.Submit(alex.PersonId);
        await relationship.Submit(sam.PersonId);
        await session.Grain.Release(session.FacilitatorId, pair.PairId);
        var conversation = fixture.Grains.GetGrain<IRelationshipConversation>(relationshipId);
        await conversation.SetSmallThing(alex.PersonId, 1, "a small thing for us");
        await conversation.SetAppreciation(sam.PersonId, 1, "thanks for us");

        var seen = JsonSerializer.Serialize(new object[]
        {
            await relationship.GetFacilitatorView(session.FacilitatorId),
            await session.Grain.GetPair(session.FacilitatorId, pair.PairId),
            await session.Grain.GetReport(session.FacilitatorId, 1),
        });
        // Issue 21: the report a counsellor files holds each person's thanks and small thing, with the released round.
        Assert.Contains("a small thing for us", seen, StringComparison.Ordinal);
        Assert.Contains("thanks for us", seen, StringComparison.Ordinal);
        Assert.Contains("alex", seen, StringComparison.Ordinal);
        await Refused(RuleFailure.NotFound, () => conversation.GetHistory(session.FacilitatorId, null, 20));
        await Refused(RuleFailure.NotFound, () => conversation.SetSmallThing(session.FacilitatorId, 1, "mine"));
    }

    [Fact]
    public async Task A_long_history_comes_in_pages_and_traces_on_archived_rounds_are_kept()
    {
        const int rounds = 40;
        var audit = await Audit.Start(fixture.Grains);
        for (var round = 1; round <= rounds; round++)
        {
            if (round > 1)
            {
                await audit.Relationship.StartRound(audit.InviterId);
            }

            await audit.SubmitBoth($"alex {round}", $"sam {round}");
        }

        var conversation = Conversation(audit);
        await conversation.SetSmallThing(audit.InviterId, 2, "an archived small thing");
        await audit.Relationship.Cast<IGrainManagementExtension>().DeactivateOnIdle();

        var view = await audit.Relationship.GetView(audit.PartnerId);
        Assert.Equal(rounds, view.HistoryCount);
        Assert.Equal([36, 37, 38, 39, 40], view.History.Select(r => r.Number));

        List<int> seen = [];
        int? before = null;
        do
        {
            var page = await conversation.GetHistory(audit.PartnerId, before, 15);
            Assert.Equal(rounds, page.Total);
            Assert.True(page.Rounds.Count <= 15);
            seen.InsertRange(0, page.Rounds.Select(r => r.Number));
            before = page.NextBefore;
        }
        while (before is not null);

        Assert.Equal(Enumerable.Range(1, rounds), seen);
        var second = (await conversation.GetHistory(audit.PartnerId, 3, 1)).Rounds.Single();
        Assert.Equal(2, second.Number);
        Assert.Equal("an archived small thing", second.SmallThings[audit.InviterId]);
        Assert.Equal("alex 2", second.Theirs!.Dimensions!.Initiation!.Note);
        await Refused(RuleFailure.Invalid, () => conversation.GetHistory(audit.PartnerId, null, 51));
        await Refused(RuleFailure.Invalid, () => conversation.GetHistory(audit.PartnerId, 0, 5));
    }

    [Fact]
    public async Task The_timeline_holds_every_revealed_round_without_notes()
    {
        var audit = await Audit.Start(fixture.Grains);
        await audit.SubmitBoth("alex secret", "sam secret");
        await audit.Relationship.StartRound(audit.InviterId);
        await audit.SubmitBoth("alex secret", "sam secret");

        var timeline = await Conversation(audit).GetTimeline(audit.InviterId);

        Assert.Equal([1, 2], timeline.Points.Select(p => p.Number));
        var point = timeline.Points[0];
        Assert.Equal(2, point.Mine.Scores["initiation"]);
        Assert.Equal(Leaning.Them, point.Theirs!.Leans["crisisResponse"]);
        Assert.Equal(SeasonKind.Transition, point.Theirs.Season);
        Assert.Equal(4, point.Mine.Overall);
        Assert.DoesNotContain("secret", JsonSerializer.Serialize(timeline), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_proposes_the_next_check_in_and_the_other_agrees()
    {
        var audit = await Audit.Start(fixture.Grains);
        await audit.SubmitBoth();
        var conversation = Conversation(audit);
        await Refused(RuleFailure.Conflict, () => conversation.AcceptNextCheckIn(audit.PartnerId));
        await Refused(RuleFailure.Invalid, () => conversation.ProposeNextCheckIn(audit.InviterId, Today()));
        await Refused(RuleFailure.Invalid, () => conversation.ProposeNextCheckIn(audit.InviterId, Today().AddYears(1).AddDays(1)));

        var date = Today().AddDays(42);
        var proposed = await conversation.ProposeNextCheckIn(audit.InviterId, date);
        Assert.Equal(new NextCheckIn(date, audit.InviterId, Agreed: false), proposed.NextCheckIn);
        await Refused(RuleFailure.Conflict, () => conversation.AcceptNextCheckIn(audit.InviterId));

        var agreed = await conversation.AcceptNextCheckIn(audit.PartnerId);
        Assert.True(agreed.NextCheckIn!.Agreed);
        Assert.True((await conversation.AcceptNextCheckIn(audit.PartnerId)).NextCheckIn!.Agreed);
        await audit.Relationship.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        Assert.Equal(new NextCheckIn(date, audit.InviterId, Agreed: true), (await audit.Relationship.GetSummary(audit.InviterId)).NextCheckIn);

        // A new proposal replaces it and needs agreeing again; either may take it back.
        var again = await conversation.ProposeNextCheckIn(audit.PartnerId, date.AddDays(7));
        Assert.False(again.NextCheckIn!.Agreed);
        await conversation.WithdrawNextCheckIn(audit.InviterId);
        Assert.Null((await audit.Relationship.GetView(audit.PartnerId)).NextCheckIn);
        await conversation.WithdrawNextCheckIn(audit.InviterId);
    }

    [Fact]
    public async Task Alone_the_next_check_in_is_agreed_at_once_and_an_invite_nobody_took_has_nobody_to_agree()
    {
        var solo = await Audit.StartSolo(fixture.Grains);
        Assert.True((await Conversation(solo).ProposeNextCheckIn(solo.InviterId, Today().AddDays(3))).NextCheckIn!.Agreed);

        var unjoined = await Audit.Start(fixture.Grains, accept: false);
        await Refused(RuleFailure.Conflict, () => Conversation(unjoined).ProposeNextCheckIn(unjoined.InviterId, Today().AddDays(3)));
    }

    private static readonly JsonSerializerOptions AsWritten = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow);

    private IRelationshipConversation Conversation(Audit audit) => fixture.Grains.GetGrain<IRelationshipConversation>(audit.RelationshipId);

    private static async Task Refused(RuleFailure failure, Func<Task> action)
    {
        var refusal = await Assert.ThrowsAsync<AuditRuleException>(action);
        Assert.Equal(failure, refusal.Failure);
    }
}
