using Reciprocity.Grains.Rules;
using Reciprocity.Realtime;
using Reciprocity.Relationships;
using Reciprocity.Sessions;

namespace Reciprocity.Grains.Sessions;

/// <summary>The room: the shared screen the facilitator steps through, and the family summary across the opened pairs.</summary>
public sealed partial class SessionGrain
{
    public async Task<SessionView> StepRoom(Guid facilitatorId, Guid pairId, RoomStep roomStep)
    {
        EnsureFacilitator(facilitatorId);
        var violations = new RuleViolations();
        if (!Enum.IsDefined(roomStep))
        {
            violations.Add("step", "refusal.room.chooseStep");
        }

        var pair = State.Running.FirstOrDefault(p => p.PairId == pairId);
        if (pair is null)
        {
            violations.Add("pairId", "refusal.room.choosePair");
        }

        violations.ThrowIfAny();
        if (pair!.LeftOut)
        {
            throw AuditRuleException.Conflict("refusal.room.pairLeftOut", Names(pair));
        }

        var board = pair.Opened ? await Relationship(pair.PairId).GetFacilitatorView(facilitatorId) : null;
        var revealed = board?.RevealedAt is not null;
        if (roomStep != RoomStep.StartingPoints && !revealed)
        {
            throw AuditRuleException.Conflict("refusal.room.notOpenedYet", Names(pair));
        }

        await store.Replace(State with { Room = new RoomState { PairId = pair.PairId, Step = roomStep } });

        // The projector is seen by the room: statuses as the pair's members see each other, never a perspective.
        var statuses = board?.MemberStatuses ?? new Dictionary<Guid, SeatStatus> { [pair.First] = SeatStatus.NotStarted, [pair.Second] = SeatStatus.NotStarted };
        var stepped = new RoomStepped(SessionId, pair.PairId, roomStep, board?.RoundNumber ?? 1, statuses, revealed);
        GrainFactory.GetGrain<IAuditPublisherGrain>(0).Publish(LiveMessage.To(Audiences.Facilitator(SessionId), stepped)).Ignore();
        return await View(facilitatorId);
    }

    public async Task<FamilySummary> GetFamilySummary(Guid facilitatorId, int? checkIn)
    {
        EnsureFacilitator(facilitatorId);
        var number = checkIn ?? State.CheckIn;
        if (number < 1 || number > State.CheckIn)
        {
            throw AuditRuleException.NotFound();
        }

        if (State.Kind != SessionKind.Family)
        {
            throw AuditRuleException.Conflict("refusal.room.summaryIsForAFamily");
        }

        return FamilySummaries.Of(SessionId, number, await ReleasedIn(number));
    }

    /// <summary>
    /// Each pair released in a check-in and not left out, with its round and both members' person ids in seat order. The
    /// one door the summary and the report go through: nothing of a sealed round or a left-out pair passes it.
    /// </summary>
    private async Task<IReadOnlyList<ReleasedPair>> ReleasedIn(int checkIn)
    {
        var boards = await Boards();
        List<ReleasedPair> released = [];
        foreach (var pair in State.Running.Where(pair => pair.Opened && !pair.LeftOut && pair.FirstCheckIn <= checkIn))
        {
            var round = boards[pair.PairId].Released.FirstOrDefault(r => r.Number == SessionState.RoundOf(pair, checkIn));
            if (round is not null && State.Seat(pair.First)?.PersonId is { } first && State.Seat(pair.Second)?.PersonId is { } second
                && round.Perspectives.ContainsKey(first) && round.Perspectives.ContainsKey(second))
            {
                released.Add(new ReleasedPair(pair, first, second, round));
            }
        }

        return released;
    }

    /// <summary>The pair's people by the names the facilitator gave their seats (the report names them as the counsellor does).</summary>
    private Dictionary<Guid, string> SeatNames(PairState pair, IReadOnlyDictionary<Guid, string> names)
    {
        var byPerson = new Dictionary<Guid, string>(names);
        foreach (var seat in new[] { State.Seat(pair.First), State.Seat(pair.Second) })
        {
            if (seat?.PersonId is { } person && byPerson.ContainsKey(person))
            {
                byPerson[person] = seat.Name;
            }
        }

        return byPerson;
    }

    /// <summary>Each reported pair's starting points, read from its released round as the reveal reads it.</summary>
    private static Dictionary<Guid, IReadOnlyList<StartingPoint>> ReportStartingPoints(IEnumerable<PairRounds> pairs)
    {
        Dictionary<Guid, IReadOnlyList<StartingPoint>> points = [];
        foreach (var pair in pairs)
        {
            var people = pair.Names.Keys.ToList();
            if (pair.Rounds is [var round] && people is [var a, var b] && round.Perspectives.TryGetValue(a, out var first) && round.Perspectives.TryGetValue(b, out var second))
            {
                points[pair.PairId] = PairReading.StartingPoints(PairReading.Read(a, first, b, second));
            }
        }

        return points;
    }

    /// <summary>The shared screen as the facilitator's copy of the session shows it: none when its pair is no longer in the room.</summary>
    internal static RoomView? RoomOf(SessionState state, IReadOnlyDictionary<Guid, FacilitatorPairView> boards)
    {
        var pair = state.Room is { } room ? state.InTheRoom.FirstOrDefault(p => p.PairId == room.PairId) : null;
        if (pair is null)
        {
            return null;
        }

        // A new check-in's round is sealed again: back to its starting points, statuses only.
        var revealed = boards.GetValueOrDefault(pair.PairId)?.RevealedAt is not null;
        return new RoomView(pair.PairId, revealed ? state.Room!.Step : RoomStep.StartingPoints, revealed);
    }
}

/// <summary>A pair released in a check-in: the pair, its two members' person ids in seat order, and that round.</summary>
internal sealed record ReleasedPair(PairState Pair, Guid First, Guid Second, ReleasedRoundPerspectives Round);
