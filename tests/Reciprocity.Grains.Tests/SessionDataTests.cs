using System.Text.Json;
using Reciprocity.People;
using Reciprocity.Relationships;
using Reciprocity.Sessions;

namespace Reciprocity.Grains.Tests;

/// <summary>A person's control over their data, in a facilitated session: leaving it, deleting everything, the export.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SessionDataTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_participant_who_leaves_a_session_takes_every_word_they_wrote_out_of_their_pairs()
    {
        var session = await Session.Open(fixture.Grains, SessionKind.Couple);
        var seats = await session.Seat("Ana", "Ben");
        var pair = await Pair(session, seats);
        await pair.SaveDraft(seats["Ana"].PersonId, Audit.Complete("zq-ana-words"));
        await pair.SaveDraft(seats["Ben"].PersonId, Audit.Complete("ben-words"));
        await pair.Submit(seats["Ana"].PersonId);
        await pair.Submit(seats["Ben"].PersonId);
        await session.Grain.Release(session.FacilitatorId, (await session.PairOf(seats["Ana"].SeatId, seats["Ben"].SeatId)).PairId);

        await fixture.Grains.GetGrain<IPersonGrain>(seats["Ana"].PersonId).LeaveSession(session.SessionId);

        var ben = await pair.GetView(seats["Ben"].PersonId);
        Assert.True(ben.Partner!.Left);
        Assert.DoesNotContain("zq-ana", Json(ben), StringComparison.Ordinal);
        Assert.Contains("ben-words", Json(ben), StringComparison.Ordinal);
        await Assert.ThrowsAsync<AuditRuleException>(() => pair.GetView(seats["Ana"].PersonId));
    }

    [Fact]
    public async Task Deleting_everything_closes_a_facilitators_sessions_and_takes_a_participants_words_out_of_their_pairs()
    {
        var session = await Session.Open(fixture.Grains, SessionKind.Couple);
        var seats = await session.Seat("Ana", "Ben");
        var pair = await Pair(session, seats);
        await pair.SaveDraft(seats["Ana"].PersonId, Audit.Complete("zq-ana-draft"));
        await session.Grain.SaveNotes(session.FacilitatorId, "zq-facilitator-notes");

        await Person(seats["Ana"].PersonId).DeleteEverything();
        await Person(session.FacilitatorId).DeleteEverything();

        Assert.Equal(RuleFailure.NotFound, (await Assert.ThrowsAsync<AuditRuleException>(() => session.Grain.GetView(session.FacilitatorId))).Failure);
        var ben = await pair.GetView(seats["Ben"].PersonId);
        Assert.True(ben.Partner!.Left);
        Assert.DoesNotContain("zq-", Json(ben), StringComparison.Ordinal);
        var benProfile = await fixture.Grains.GetGrain<IPersonGrain>(seats["Ben"].PersonId).GetProfile();
        Assert.Empty(benProfile.Sessions);
        Assert.Single(benProfile.Relationships);
    }

    [Fact]
    public async Task An_export_holds_the_persons_sessions_and_pairs_as_they_see_them()
    {
        var session = await Session.Open(fixture.Grains, SessionKind.Couple);
        var seats = await session.Seat("Ana", "Ben");
        var pair = await Pair(session, seats);
        await pair.SaveDraft(seats["Ana"].PersonId, Audit.Complete("ana-draft"));
        await pair.SaveDraft(seats["Ben"].PersonId, Audit.Complete("zq-ben-sealed"));
        await session.Grain.SaveNotes(session.FacilitatorId, "zq-facilitator-notes");

        var export = await Export.Of(fixture.Grains, seats["Ana"].PersonId);

        Assert.Equal(session.SessionId, Assert.Single(export.Sessions).SessionId);
        Assert.Contains("ana-draft", Json(Assert.Single(export.Relationships)), StringComparison.Ordinal);
        Assert.DoesNotContain("zq-", Json(export), StringComparison.Ordinal);
        var facilitator = await Export.Of(fixture.Grains, session.FacilitatorId);
        Assert.Contains("zq-facilitator-notes", Json(Assert.Single(facilitator.Sessions)), StringComparison.Ordinal);
    }

    private async Task<IRelationshipGrain> Pair(Session session, Dictionary<string, (Guid PersonId, Guid SeatId)> seats)
    {
        var pair = await session.PairOf(seats["Ana"].SeatId, seats["Ben"].SeatId);
        return fixture.Grains.GetGrain<IRelationshipGrain>(pair.RelationshipId!.Value);
    }

    private IPersonData Person(Guid personId) => fixture.Grains.GetGrain<IPersonData>(personId);

    private static string Json(object value) => JsonSerializer.Serialize(value);
}
