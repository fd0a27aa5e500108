using System.Text.Json;
using Reciprocity.People;
using Reciprocity.Relationships;
using Reciprocity.Sessions;

namespace Reciprocity.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class SessionTests(ClusterFixture fixture)
{
    [Theory]
    [InlineData(2, 1)]
    [InlineData(3, 3)]
    [InlineData(4, 6)]
    public async Task Every_pair_of_a_family_is_made_and_opened_once_its_seats_are_taken(int people, int pairs)
    {
        var session = await Session.Open(fixture.Grains);
        var seats = await session.Seat([.. Enumerable.Range(1, people).Select(i => $"P{i}")]);

        var view = await session.Grain.GetView(session.FacilitatorId);
        Assert.Equal(pairs, view.Pairs.Count);
        Assert.All(view.Pairs, pair => Assert.Equal(pair.PairId, pair.RelationshipId));
        Assert.Equal(pairs, view.Pairs.Select(p => string.Join(",", p.Seats.Order())).Distinct().Count());

        // Each person finds their own pairs, and only those, in their list and their copy of the session.
        foreach (var (_, (personId, seatId)) in seats)
        {
            var profile = await fixture.Grains.GetGrain<IPersonGrain>(personId).GetProfile();
            Assert.Equal(people - 1, profile.Relationships.Count);
            Assert.All(profile.Relationships, r => Assert.Equal(RevealPolicy.Facilitator, r.RevealPolicy));
            Assert.Equal(SessionRole.Participant, Assert.Single(profile.Sessions).Role);
            var mine = await session.Grain.GetView(personId);
            Assert.Equal(people - 1, mine.Pairs.Count);
            Assert.All(mine.Pairs, pair => Assert.Contains(seatId, pair.Seats));
            Assert.Null(mine.Notes);
        }
    }

    [Fact]
    public async Task Seats_claimed_at_the_same_instant_open_every_pair_in_both_lists()
    {
        var session = await Session.Open(fixture.Grains);
        var issued = new List<(Guid PersonId, IssuedSeat Seat)>();
        foreach (var name in new[] { "Ana", "Ben", "Cy", "Di" })
        {
            issued.Add((await Session.Person(fixture.Grains, name), await session.Grain.AddParticipant(session.FacilitatorId, name)));
        }

        using var start = new Barrier(issued.Count);
        await Task.WhenAll(issued.Select(i => Task.Run(() =>
        {
            start.SignalAndWait();
            return fixture.Grains.GetGrain<IPersonGrain>(i.PersonId).ClaimSeat(i.Seat.SeatCode);
        })).ToArray()).WaitAsync(TimeSpan.FromSeconds(30));

        var view = await session.Grain.GetView(session.FacilitatorId);
        Assert.Equal(6, view.Pairs.Count);
        Assert.All(view.Pairs, pair => Assert.NotNull(pair.RelationshipId));
        foreach (var (personId, _) in issued)
        {
            Assert.Equal(3, (await fixture.Grains.GetGrain<IPersonGrain>(personId).GetProfile()).Relationships.Count);
        }
    }

    [Fact]
    public async Task A_seat_code_works_once()
    {
        var session = await Session.Open(fixture.Grains);
        var sam = await Session.Person(fixture.Grains, "Sam");
        var alex = await Session.Person(fixture.Grains, "Alex");
        var seat = await session.Grain.AddParticipant(session.FacilitatorId, "Sam");

        var invitation = await session.Grain.DescribeSeat(Hash(seat.SeatCode));
        Assert.Equal(("The Riveras", "Dr Lee", "Sam"), (invitation.SessionTitle, invitation.FacilitatorName, invitation.ParticipantName));
        Assert.Equal(RuleFailure.Conflict, (await Refusal(() => fixture.Grains.GetGrain<IPersonGrain>(session.FacilitatorId).ClaimSeat(seat.SeatCode))).Failure);

        await fixture.Grains.GetGrain<IPersonGrain>(sam).ClaimSeat(seat.SeatCode);
        Assert.Equal(SessionRole.Participant, (await fixture.Grains.GetGrain<IPersonGrain>(sam).ClaimSeat(seat.SeatCode)).Role);
        Assert.Equal(RuleFailure.Gone, (await Refusal(() => fixture.Grains.GetGrain<IPersonGrain>(alex).ClaimSeat(seat.SeatCode))).Failure);
        Assert.Equal(RuleFailure.Gone, (await Refusal(() => session.Grain.DescribeSeat(Hash(seat.SeatCode)))).Failure);
        Assert.Equal(RuleFailure.Conflict, (await Refusal(() => session.Grain.ReissueSeat(session.FacilitatorId, seat.SeatId))).Failure);

        // A re-issued seat's old code is unknown; a revoked seat's code too.
        var second = await session.Grain.AddParticipant(session.FacilitatorId, "Alex");
        var reissued = await session.Grain.ReissueSeat(session.FacilitatorId, second.SeatId);
        Assert.Equal(RuleFailure.NotFound, (await Refusal(() => fixture.Grains.GetGrain<IPersonGrain>(alex).ClaimSeat(second.SeatCode))).Failure);
        await session.Grain.RevokeSeat(session.FacilitatorId, second.SeatId);
        Assert.Equal(RuleFailure.NotFound, (await Refusal(() => fixture.Grains.GetGrain<IPersonGrain>(alex).ClaimSeat(reissued.SeatCode))).Failure);
        Assert.Equal(RuleFailure.NotFound, (await Refusal(() => fixture.Grains.GetGrain<IPersonGrain>(alex).ClaimSeat("not-a-code"))).Failure);
        Assert.Empty((await session.Grain.GetView(session.FacilitatorId)).Pairs);
    }

    [Fact]
    public async Task The_facilitator_sees_statuses_only_until_the_release_and_never_a_private_note()
    {
        var session = await Session.Open(fixture.Grains, SessionKind.Couple);
        var seats = await session.Seat("Alex", "Sam");
        var (alex, sam) = (seats["Alex"], seats["Sam"]);
        var pair = await session.PairOf(alex.SeatId, sam.SeatId);
        var relationship = fixture.Grains.GetGrain<IRelationshipGrain>(pair.RelationshipId!.Value);

        await relationship.SaveDraft(alex.PersonId, Audit.AllPrivate("alex-secret"));
        await relationship.Submit(alex.PersonId);
        await Assert.ThrowsAsync<AuditRuleException>(() => session.Grain.Release(session.FacilitatorId, pair.PairId));
        await relationship.SaveDraft(sam.PersonId, Audit.Complete("sam-shared"));
        Assert.False((await relationship.Submit(sam.PersonId)).Round.Revealed);
        await relationship.Withdraw(sam.PersonId);

        var board = await session.PairOf(alex.SeatId, sam.SeatId);
        Assert.Equal(SeatStatus.Submitted, board.Statuses[alex.SeatId]);
        Assert.Equal(SeatStatus.Withdrawn, board.Statuses[sam.SeatId]);
        Assert.Equal(SeatStatus.InProgress, (await session.Grain.GetView(sam.PersonId)).Pairs.Single().Statuses[sam.SeatId]);
        await relationship.Submit(sam.PersonId);

        // Before the release: statuses and names, and nothing of anyone's answers.
        var before = JsonSerializer.Serialize(new object[]
        {
            await session.Grain.GetView(session.FacilitatorId),
            await session.Grain.GetPair(session.FacilitatorId, pair.PairId),
            await relationship.GetFacilitatorView(session.FacilitatorId),
            await session.Grain.GetReport(session.FacilitatorId, null),
        });
        Assert.DoesNotContain("secret", before, StringComparison.Ordinal);
        Assert.DoesNotContain("sam-shared", before, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Overall\"", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Dimensions", before, StringComparison.Ordinal);
        Assert.True((await session.PairOf(alex.SeatId, sam.SeatId)).Ready);

        var released = await session.Grain.Release(session.FacilitatorId, pair.PairId);
        var rounds = await session.Grain.GetPair(session.FacilitatorId, pair.PairId);
        var round = Assert.Single(rounds.Rounds);
        Assert.Equal(released.RevealedAt, round.RevealedAt);
        Assert.Equal("sam-shared", round.Perspectives[sam.PersonId].Dimensions!.Initiation!.Note);
        Assert.Equal(1, round.Perspectives[alex.PersonId].Dimensions!.Initiation!.Score);
        var after = JsonSerializer.Serialize(new object[] { rounds, await session.Grain.GetReport(session.FacilitatorId, 1), await session.Grain.GetView(session.FacilitatorId) });
        Assert.DoesNotContain("secret", after, StringComparison.Ordinal);

        // Both members see it at the same instant as the facilitator, the facilitator releases it only once.
        Assert.Equal(released.RevealedAt, (await relationship.GetView(alex.PersonId)).Round.Reveal!.RevealedAt);
        Assert.Equal(RuleFailure.Conflict, (await Refusal(() => session.Grain.Release(session.FacilitatorId, pair.PairId))).Failure);
        Assert.Equal(RuleFailure.NotFound, (await Refusal(() => session.Grain.GetPair(alex.PersonId, pair.PairId))).Failure);
    }

    [Fact]
    public async Task Release_ready_opens_each_ready_pair_exactly_once_under_concurrent_releases()
    {
        var session = await Session.Open(fixture.Grains);
        var seats = await session.Seat("Ana", "Ben", "Cy");
        var view = await session.Grain.GetView(session.FacilitatorId);
        var ready = view.Pairs.Take(2).ToList();
        foreach (var pair in ready)
        {
            var relationship = fixture.Grains.GetGrain<IRelationshipGrain>(pair.RelationshipId!.Value);
            foreach (var person in seats.Values.Where(s => pair.Seats.Contains(s.SeatId)))
            {
                await relationship.SaveDraft(person.PersonId, Audit.Complete("words"));
                await relationship.Submit(person.PersonId);
            }
        }

        using var start = new Barrier(4);
        var calls = Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
        {
            start.SignalAndWait();
            if (i % 2 == 0)
            {
                return (IReadOnlyList<ReleasedRound>)await session.Grain.ReleaseReady(session.FacilitatorId);
            }

            try
            {
                return [await session.Grain.Release(session.FacilitatorId, ready[0].PairId)];
            }
            catch (AuditRuleException refusal) when (refusal.Failure == RuleFailure.Conflict)
            {
                return [];
            }
        })).ToArray();
        var released = (await Task.WhenAll(calls)).SelectMany(r => r).ToList();

        Assert.Equal(2, released.Count);
        Assert.Equal(ready.Select(p => p.RelationshipId!.Value).Order(), released.Select(r => r.RelationshipId).Order());
        Assert.Empty(await session.Grain.ReleaseReady(session.FacilitatorId));
        var board = await session.Grain.GetView(session.FacilitatorId);
        Assert.Equal(2, board.Pairs.Count(p => p.Revealed));
    }

    [Fact]
    public async Task A_check_in_starts_a_new_round_in_every_pair_once_each_was_released()
    {
        var session = await Session.Open(fixture.Grains, SessionKind.Couple);
        var seats = await session.Seat("Alex", "Sam");
        var pair = await session.PairOf(seats["Alex"].SeatId, seats["Sam"].SeatId);
        var relationship = fixture.Grains.GetGrain<IRelationshipGrain>(pair.RelationshipId!.Value);
        Assert.Equal(RuleFailure.Conflict, (await Refusal(() => session.Grain.StartCheckIn(session.FacilitatorId))).Failure);

        await relationship.SaveDraft(seats["Alex"].PersonId, Audit.Complete("a"));
        await relationship.SaveDraft(seats["Sam"].PersonId, Audit.Complete("s"));
        await relationship.Submit(seats["Alex"].PersonId);
        await relationship.Submit(seats["Sam"].PersonId);
        await session.Grain.Release(session.FacilitatorId, pair.PairId);
        await session.Grain.SaveNotes(session.FacilitatorId, "Calm today.");

        var next = await session.Grain.StartCheckIn(session.FacilitatorId);
        Assert.Equal(2, next.CheckIn);
        Assert.Equal(2, next.Pairs.Single().RoundNumber);
        Assert.Equal(ParticipantStatus.NotStarted, (await relationship.GetView(seats["Sam"].PersonId)).Round.MyStatus);
        Assert.Equal(RuleFailure.Conflict, (await Refusal(() => session.Grain.StartCheckIn(session.FacilitatorId))).Failure);
        Assert.Equal(RuleFailure.NotFound, (await Refusal(() => relationship.StartFacilitatedRound(seats["Sam"].PersonId))).Failure);

        var report = await session.Grain.GetReport(session.FacilitatorId, 1);
        Assert.Equal("Calm today.", report.Notes);
        Assert.Single(report.Pairs);
        Assert.Empty((await session.Grain.GetReport(session.FacilitatorId, null)).Pairs);
        Assert.Equal(RuleFailure.NotFound, (await Refusal(() => session.Grain.GetReport(session.FacilitatorId, 3))).Failure);
    }

    [Fact]
    public async Task Closing_deletes_the_facilitators_data_and_leaves_each_pair_to_its_members()
    {
        var session = await Session.Open(fixture.Grains, SessionKind.Couple);
        var seats = await session.Seat("Alex", "Sam");
        var pair = await session.PairOf(seats["Alex"].SeatId, seats["Sam"].SeatId);
        var relationship = fixture.Grains.GetGrain<IRelationshipGrain>(pair.RelationshipId!.Value);
        await relationship.SaveDraft(seats["Alex"].PersonId, Audit.Complete("a"));
        await relationship.SaveDraft(seats["Sam"].PersonId, Audit.Complete("s"));
        await relationship.Submit(seats["Alex"].PersonId);
        await relationship.Submit(seats["Sam"].PersonId);
        await session.Grain.SaveNotes(session.FacilitatorId, "private thoughts");

        await session.Grain.Close(session.FacilitatorId);

        Assert.Equal(RuleFailure.NotFound, (await Refusal(() => session.Grain.GetView(session.FacilitatorId))).Failure);
        Assert.Equal(RuleFailure.NotFound, (await Refusal(() => session.Grain.GetView(seats["Sam"].PersonId))).Failure);
        Assert.Equal(RuleFailure.NotFound, (await Refusal(() => relationship.GetFacilitatorView(session.FacilitatorId))).Failure);
        Assert.Equal(RuleFailure.NotFound, (await Refusal(() => relationship.Release(session.FacilitatorId))).Failure);
        var sam = await fixture.Grains.GetGrain<IPersonGrain>(seats["Sam"].PersonId).GetProfile();
        Assert.Empty(sam.Sessions);
        Assert.Equal(RevealPolicy.Together, Assert.Single(sam.Relationships).RevealPolicy);

        // The round that waited for the release now opens when both confirm.
        await relationship.Confirm(seats["Alex"].PersonId);
        Assert.True((await relationship.Confirm(seats["Sam"].PersonId)).Round.Revealed);
    }

    [Fact]
    public async Task A_participant_who_leaves_ends_their_pairs_and_keeps_nothing_of_the_session()
    {
        var session = await Session.Open(fixture.Grains);
        var seats = await session.Seat("Ana", "Ben", "Cy");
        Assert.Equal(RuleFailure.Conflict, (await Refusal(() => session.Grain.Leave(session.FacilitatorId))).Failure);

        await fixture.Grains.GetGrain<IPersonGrain>(seats["Ana"].PersonId).LeaveSession(session.SessionId);

        var view = await session.Grain.GetView(session.FacilitatorId);
        Assert.True(view.Participants.Single(p => p.SeatId == seats["Ana"].SeatId).Left);
        var remaining = Assert.Single(view.Pairs);
        Assert.DoesNotContain(seats["Ana"].SeatId, remaining.Seats);
        Assert.Equal(RuleFailure.NotFound, (await Refusal(() => session.Grain.GetView(seats["Ana"].PersonId))).Failure);
        var ana = await fixture.Grains.GetGrain<IPersonGrain>(seats["Ana"].PersonId).GetProfile();
        Assert.Empty(ana.Sessions);
        Assert.Empty(ana.Relationships);
        Assert.Equal(2, (await fixture.Grains.GetGrain<IPersonGrain>(seats["Ben"].PersonId).GetProfile()).Relationships.Count);
    }

    [Fact]
    public async Task The_facilitator_chooses_pairs_within_the_rules()
    {
        var session = await Session.Open(fixture.Grains);
        var seats = await session.Seat("Ana", "Ben");
        var cy = await session.Grain.AddParticipant(session.FacilitatorId, "Cy");
        var (ana, ben) = (seats["Ana"].SeatId, seats["Ben"].SeatId);

        var chosen = await session.Grain.ChoosePairs(session.FacilitatorId, [new SeatPair(ana, ben), new SeatPair(ben, cy.SeatId)]);
        Assert.Equal(2, chosen.Pairs.Count);
        Assert.Equal(RuleFailure.Conflict, (await Refusal(() => session.Grain.ChoosePairs(session.FacilitatorId, [new SeatPair(ben, cy.SeatId)]))).Failure);
        foreach (var wrong in new SeatPair[][] { [new SeatPair(ana, ana)], [new SeatPair(ana, Guid.NewGuid())], [new SeatPair(ana, ben), new SeatPair(ben, ana)] })
        {
            var refusal = await Refusal(() => session.Grain.ChoosePairs(session.FacilitatorId, wrong));
            Assert.Equal(RuleFailure.Invalid, refusal.Failure);
            Assert.Contains("pairs", refusal.Errors.Keys);
        }

        Assert.Equal(3, (await session.Grain.ChoosePairs(session.FacilitatorId, null)).Pairs.Count);
        Assert.Equal(RuleFailure.NotFound, (await Refusal(() => session.Grain.ChoosePairs(seats["Ana"].PersonId, null))).Failure);
    }

    [Fact]
    public async Task A_couple_session_holds_two_and_a_family_eight()
    {
        var couple = await Session.Open(fixture.Grains, SessionKind.Couple);
        await couple.Grain.AddParticipant(couple.FacilitatorId, "A");
        await couple.Grain.AddParticipant(couple.FacilitatorId, "B");
        Assert.Single((await couple.Grain.GetView(couple.FacilitatorId)).Pairs);
        Assert.Equal(RuleFailure.Conflict, (await Refusal(() => couple.Grain.AddParticipant(couple.FacilitatorId, "C"))).Failure);

        var family = await Session.Open(fixture.Grains);
        for (var i = 0; i < 8; i++)
        {
            await family.Grain.AddParticipant(family.FacilitatorId, $"P{i}");
        }

        Assert.Equal(28, (await family.Grain.GetView(family.FacilitatorId)).Pairs.Count);
        Assert.Equal(RuleFailure.Conflict, (await Refusal(() => family.Grain.AddParticipant(family.FacilitatorId, "P9"))).Failure);
        Assert.Equal(RuleFailure.Invalid, (await Refusal(() => family.Grain.SaveNotes(family.FacilitatorId, new string('n', 8_001)))).Failure);
        Assert.Equal(RuleFailure.Invalid, (await Refusal(() => fixture.Grains.GetGrain<IPersonGrain>(family.FacilitatorId).OpenSession("two\nlines", SessionKind.Family))).Failure);
    }

    private static byte[] Hash(string code)
    {
        Assert.True(SecretCode.TryRead(code, out _, out var hash));
        return hash;
    }

    private static Task<AuditRuleException> Refusal(Func<Task> call) => Assert.ThrowsAsync<AuditRuleException>(call);
}
