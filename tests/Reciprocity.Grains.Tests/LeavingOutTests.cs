using System.Text.Json;
using Reciprocity.People;
using Reciprocity.Perspectives;
using Reciprocity.Relationships;
using Reciprocity.Sessions;

namespace Reciprocity.Grains.Tests;

/// <summary>Issue 20: a safety "no" inside a session, a pair the facilitator leaves out, and notes per check-in.</summary>
[Collection(ClusterCollection.Name)]
public sealed class LeavingOutTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_safety_no_in_a_session_pair_keeps_the_words_private_tells_the_other_nothing_and_the_facilitator_a_status()
    {
        var session = await Session.Open(fixture.Grains);
        var seats = await session.Seat("Ana", "Ben");
        var pair = await session.PairOf(seats["Ana"].SeatId, seats["Ben"].SeatId);
        var relationship = fixture.Grains.GetGrain<IRelationshipGrain>(pair.RelationshipId!.Value);
        await relationship.SaveDraft(seats["Ana"].PersonId, Audit.Complete("zq-ana-unsafe"));
        var benBefore = Json(await relationship.GetView(seats["Ben"].PersonId));
        var benSessionBefore = Json(await session.Grain.GetView(seats["Ben"].PersonId));

        var reflectionId = await fixture.Grains.GetGrain<IPersonData>(seats["Ana"].PersonId).KeepPrivate(pair.RelationshipId!.Value);

        var reflection = await fixture.Grains.GetGrain<IRelationshipGrain>(reflectionId).GetView(seats["Ana"].PersonId);
        Assert.True(reflection.Solo);
        Assert.Equal("zq-ana-unsafe", reflection.Round.Reveal!.Mine.Dimensions!.Initiation!.Note);
        Assert.Equal(Perspective.Empty, (await relationship.GetView(seats["Ana"].PersonId)).Round.MyDraft);

        // Ben sees what he saw before, in the pair and in the session; the facilitator sees a status and no word.
        Assert.Equal(benBefore, Json(await relationship.GetView(seats["Ben"].PersonId)));
        Assert.Equal(benSessionBefore, Json(await session.Grain.GetView(seats["Ben"].PersonId)));
        var board = await session.PairOf(seats["Ana"].SeatId, seats["Ben"].SeatId);
        Assert.Equal(SeatStatus.KeptPrivate, board.Statuses[seats["Ana"].SeatId]);
        Assert.DoesNotContain("zq-ana", Json(await session.Grain.GetView(session.FacilitatorId)));

        // Saving again in the pair is a choice to go on: the board shows the ordinary status again.
        await relationship.SaveDraft(seats["Ana"].PersonId, new Perspective(Overall: 3));
        Assert.Equal(SeatStatus.InProgress, (await session.PairOf(seats["Ana"].SeatId, seats["Ben"].SeatId)).Statuses[seats["Ana"].SeatId]);
    }

    [Fact]
    public async Task A_session_pair_is_left_through_its_session_and_a_stranger_learns_nothing()
    {
        var session = await Session.Open(fixture.Grains);
        var seats = await session.Seat("Ana", "Ben");
        var pair = await session.PairOf(seats["Ana"].SeatId, seats["Ben"].SeatId);
        var stranger = await Session.Person(fixture.Grains, "Cy");

        Assert.Equal(RuleFailure.Conflict, (await Refusal(() => fixture.Grains.GetGrain<IPersonData>(seats["Ana"].PersonId).LeaveRelationship(pair.PairId))).Failure);
        Assert.Equal(RuleFailure.NotFound, (await Refusal(() => fixture.Grains.GetGrain<IPersonData>(stranger).LeaveRelationship(pair.PairId))).Failure);
        Assert.Equal(RuleFailure.NotFound, (await Refusal(() => fixture.Grains.GetGrain<IPersonData>(stranger).KeepPrivate(pair.PairId))).Failure);
    }

    [Fact]
    public async Task Only_the_facilitator_leaves_a_pair_out_and_only_before_its_release()
    {
        var session = await Session.Open(fixture.Grains);
        var seats = await session.Seat("Ana", "Ben", "Cy");
        var anaBen = await session.PairOf(seats["Ana"].SeatId, seats["Ben"].SeatId);
        await Finish(anaBen, seats["Ana"].PersonId, seats["Ben"].PersonId);
        await session.Grain.Release(session.FacilitatorId, anaBen.PairId);

        Assert.Equal(RuleFailure.NotFound, (await Refusal(() => session.Grain.LeaveOut(seats["Ana"].PersonId, anaBen.PairId, null))).Failure);
        Assert.Equal(RuleFailure.Conflict, (await Refusal(() => session.Grain.LeaveOut(session.FacilitatorId, anaBen.PairId, null))).Failure);
        Assert.Equal(RuleFailure.NotFound, (await Refusal(() => session.Grain.LeaveOut(session.FacilitatorId, Guid.NewGuid(), null))).Failure);
        var tooLong = await Refusal(() => session.Grain.LeaveOut(session.FacilitatorId, anaBen.PairId, new string('r', 501)));
        Assert.Equal(RuleFailure.Invalid, tooLong.Failure);
        Assert.Contains("reason", tooLong.Errors.Keys);
        Assert.False((await session.PairOf(seats["Ana"].SeatId, seats["Ben"].SeatId)).LeftOut);
    }

    [Fact]
    public async Task A_left_out_pair_is_never_released_its_reason_is_the_facilitators_alone_and_the_next_check_in_goes_on()
    {
        var session = await Session.Open(fixture.Grains);
        var seats = await session.Seat("Ana", "Ben", "Cy");
        var anaBen = await session.PairOf(seats["Ana"].SeatId, seats["Ben"].SeatId);
        var anaCy = await session.PairOf(seats["Ana"].SeatId, seats["Cy"].SeatId);
        var benCy = await session.PairOf(seats["Ben"].SeatId, seats["Cy"].SeatId);
        await Finish(anaBen, seats["Ana"].PersonId, seats["Ben"].PersonId);
        await Finish(anaCy, seats["Ana"].PersonId, seats["Cy"].PersonId);
        await fixture.Grains.GetGrain<IPersonData>(seats["Cy"].PersonId).KeepPrivate(benCy.PairId);
        Assert.Equal(RuleFailure.Conflict, (await Refusal(() => session.Grain.StartCheckIn(session.FacilitatorId))).Failure);

        var view = await session.Grain.LeaveOut(session.FacilitatorId, benCy.PairId, "  zq-not-for-this-room  ");

        var leftOut = view.Pairs.Single(p => p.PairId == benCy.PairId);
        Assert.True(leftOut.LeftOut);
        Assert.Equal("zq-not-for-this-room", leftOut.LeftOutReason);
        foreach (var name in new[] { "Ben", "Cy" })
        {
            var theirs = await session.Grain.GetView(seats[name].PersonId);
            Assert.True(theirs.Pairs.Single(p => p.PairId == benCy.PairId).LeftOut);
            Assert.DoesNotContain("zq-not-for-this-room", Json(theirs));
        }

        Assert.Equal(RuleFailure.Conflict, (await Refusal(() => session.Grain.Release(session.FacilitatorId, benCy.PairId))).Failure);
        Assert.Equal(2, (await session.Grain.ReleaseReady(session.FacilitatorId)).Count);
        Assert.DoesNotContain("zq-not-for-this-room", Json(await session.Grain.GetReport(session.FacilitatorId, null)));

        var next = await session.Grain.StartCheckIn(session.FacilitatorId);
        Assert.Equal(2, next.CheckIn);
        Assert.All(next.Pairs.Where(p => !p.LeftOut), p => Assert.Equal(2, p.RoundNumber));
        var stillOut = next.Pairs.Single(p => p.PairId == benCy.PairId);
        Assert.Equal((1, false), (stillOut.RoundNumber, stillOut.Revealed));
    }

    [Fact]
    public async Task Each_check_in_has_its_own_notes_and_the_earlier_ones_stay_readable()
    {
        var session = await Session.Open(fixture.Grains, SessionKind.Couple);
        var seats = await session.Seat("Alex", "Sam");
        var pair = await session.PairOf(seats["Alex"].SeatId, seats["Sam"].SeatId);
        await Finish(pair, seats["Alex"].PersonId, seats["Sam"].PersonId);
        await session.Grain.Release(session.FacilitatorId, pair.PairId);
        await session.Grain.SaveNotes(session.FacilitatorId, "First: calm.");

        var second = await session.Grain.StartCheckIn(session.FacilitatorId);
        Assert.Equal("", second.Notes);
        Assert.Equal([new CheckInNotes(1, "First: calm.")], second.EarlierNotes);
        await session.Grain.SaveNotes(session.FacilitatorId, "Second: tense.");

        Assert.Equal("First: calm.", (await session.Grain.GetReport(session.FacilitatorId, 1)).Notes);
        Assert.Equal("Second: tense.", (await session.Grain.GetReport(session.FacilitatorId, 2)).Notes);
        Assert.Null((await session.Grain.GetView(seats["Sam"].PersonId)).EarlierNotes);
    }

    [Fact]
    public async Task A_session_pair_suggests_no_date_of_its_own_as_its_facilitator_starts_check_ins()
    {
        var session = await Session.Open(fixture.Grains, SessionKind.Couple);
        var seats = await session.Seat("Alex", "Sam");
        var pair = await session.PairOf(seats["Alex"].SeatId, seats["Sam"].SeatId);
        await Finish(pair, seats["Alex"].PersonId, seats["Sam"].PersonId);
        await session.Grain.Release(session.FacilitatorId, pair.PairId);

        var conversation = fixture.Grains.GetGrain<IRelationshipConversation>(pair.RelationshipId!.Value);
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        Assert.Equal(RuleFailure.Conflict, (await Refusal(() => conversation.ProposeNextCheckIn(seats["Alex"].PersonId, tomorrow))).Failure);
        Assert.Null((await fixture.Grains.GetGrain<IRelationshipGrain>(pair.RelationshipId!.Value).GetView(seats["Sam"].PersonId)).NextCheckIn);
    }

    private async Task Finish(PairView pair, Guid first, Guid second)
    {
        var relationship = fixture.Grains.GetGrain<IRelationshipGrain>(pair.RelationshipId!.Value);
        foreach (var person in new[] { first, second })
        {
            await relationship.SaveDraft(person, Audit.Complete("done"));
            await relationship.Submit(person);
        }
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    private static Task<AuditRuleException> Refusal(Func<Task> call) => Assert.ThrowsAsync<AuditRuleException>(call);
}
