using Reciprocity.Grains.Rules;
using Reciprocity.Realtime;
using Reciprocity.Relationships;
using Reciprocity.Sessions;

namespace Reciprocity.Grains.Sessions;

/// <summary>
/// Holds one facilitated session and decides its rules: seats and their codes, pairs, releases, notes, check-ins and
/// the report. Each pair is a relationship with the facilitator reveal policy, opened here once both seats are taken and
/// keyed by the pair's id. It calls relationships and never people (people call it), so no two grains wait on each other.
/// </summary>
public sealed partial class SessionGrain(
    [PersistentState("session", ReciprocityStorage.Name)] IPersistentState<SessionState> store,
    TimeProvider time) : Grain, ISessionGrain
{
    private const int MaxParticipants = 8;
    private const int NotesLimit = 8_000;
    private const int ReasonLimit = 500;

    private SessionState State => store.State;

    private Guid SessionId => this.GetPrimaryKey();

    public async Task<SessionView> Open(SessionOpening opening)
    {
        if (State.IsOpen || State.IsClosed)
        {
            throw AuditRuleException.Conflict("refusal.session.alreadyExists");
        }

        var violations = new RuleViolations();
        TextRules.CheckName(violations, "title", opening.Title, required: true);
        if (!Enum.IsDefined(opening.Kind))
        {
            violations.Add("kind", "refusal.session.chooseKind");
        }

        violations.ThrowIfAny();
        await store.Replace(new SessionState
        {
            IsOpen = true,
            Title = opening.Title.Trim(),
            Kind = opening.Kind,
            FacilitatorId = opening.FacilitatorId,
            FacilitatorName = opening.FacilitatorName,
            OpenedAt = time.GetUtcNow(),
        });
        return await View(opening.FacilitatorId);
    }

    public Task<SessionView> GetView(Guid personId)
    {
        EnsureMember(personId);
        return View(personId);
    }

    public Task<SessionMembership> GetMembership(Guid personId)
    {
        if (!State.IsOpen && !State.IsClosed)
        {
            DeactivateOnIdle();
        }

        var seat = State.SeatOf(personId);
        var summary = State.IsFacilitator(personId) || (State.IsOpen && seat is not null) ? SessionViews.Summary(SessionId, State, personId) : null;
        IReadOnlyList<Guid> pairs = seat is null ? [] : [.. State.Pairs.Where(pair => pair.Opened && pair.Holds(seat.SeatId)).Select(pair => pair.PairId)];
        return Task.FromResult(new SessionMembership(summary, pairs));
    }

    public async Task<SessionView> ChoosePairs(Guid facilitatorId, IReadOnlyList<SeatPair>? pairs)
    {
        EnsureFacilitator(facilitatorId);
        if (State.Kind == SessionKind.Couple && pairs is not null)
        {
            throw AuditRuleException.Conflict("refusal.session.coupleHasOnePair");
        }

        await Change(pairs is null
            ? State with { EveryPair = true, Pairs = Pairings.Every(State) }
            : State with { EveryPair = false, Pairs = Pairings.Chosen(State, pairs) });
        await OpenReadyPairs();
        return await View(facilitatorId);
    }

    public async Task<ReleasedRound> Release(Guid facilitatorId, Guid pairId)
    {
        EnsureFacilitator(facilitatorId);
        var pair = State.Running.FirstOrDefault(p => p.PairId == pairId) ?? throw AuditRuleException.NotFound();
        if (pair.LeftOut)
        {
            throw AuditRuleException.Conflict("refusal.pair.leftOut");
        }

        if (!pair.Opened)
        {
            throw AuditRuleException.Conflict("refusal.pair.notBothFinished");
        }

        return await Relationship(pair.PairId).Release(facilitatorId);
    }

    public async Task<IReadOnlyList<ReleasedRound>> ReleaseReady(Guid facilitatorId)
    {
        EnsureFacilitator(facilitatorId);
        var boards = await Boards();
        var inTheRoom = State.InTheRoom.Select(pair => pair.PairId).ToHashSet();
        List<ReleasedRound> released = [];
        foreach (var board in boards.Where(b => inTheRoom.Contains(b.Key) && b.Value.Ready).Select(b => b.Value))
        {
            try
            {
                released.Add(await Relationship(board.RelationshipId).Release(facilitatorId));
            }
            catch (AuditRuleException taken) when (taken.Failure == RuleFailure.Conflict)
            {
                // Released (or taken back) through the pair itself a moment ago: it is not this call's to open.
            }
        }

        return released;
    }

    public async Task<PairRounds> GetPair(Guid facilitatorId, Guid pairId)
    {
        EnsureFacilitator(facilitatorId);
        var pair = State.Running.FirstOrDefault(p => p.PairId == pairId) ?? throw AuditRuleException.NotFound();
        if (!pair.Opened)
        {
            return new PairRounds(pair.PairId, null, new Dictionary<Guid, string>(), []);
        }

        var board = await Relationship(pair.PairId).GetFacilitatorView(facilitatorId);
        return new PairRounds(pair.PairId, board.RelationshipId, board.Names, board.Released);
    }

    public async Task<SessionView> SaveNotes(Guid facilitatorId, string notes)
    {
        EnsureFacilitator(facilitatorId);
        var violations = new RuleViolations();
        TextRules.Check(violations, "notes", notes, NotesLimit);
        violations.ThrowIfAny();
        await store.Replace(State with { Notes = notes });
        return await View(facilitatorId);
    }

    public async Task<SessionView> LeaveOut(Guid facilitatorId, Guid pairId, string? reason)
    {
        EnsureFacilitator(facilitatorId);
        var violations = new RuleViolations();
        TextRules.Check(violations, "reason", reason ?? "", ReasonLimit);
        violations.ThrowIfAny();
        var pair = State.Running.FirstOrDefault(p => p.PairId == pairId) ?? throw AuditRuleException.NotFound();
        if (pair.Opened && !pair.LeftOut)
        {
            var board = await Relationship(pair.PairId).GetFacilitatorView(facilitatorId);
            if (board.RevealedAt is not null)
            {
                throw AuditRuleException.Conflict("refusal.pair.openedThisCheckIn", Names(pair));
            }
        }

        // Asked again, it keeps the pair out and takes the newer reason.
        await Change(State with { Pairs = State.Pairs.Replace(pair, pair with { LeftOut = true, LeftOutReason = (reason ?? "").Trim() }) });
        return await View(facilitatorId);
    }

    public async Task<SessionView> StartCheckIn(Guid facilitatorId)
    {
        EnsureFacilitator(facilitatorId);
        var opened = State.InTheRoom.Where(pair => pair.Opened).ToList();
        if (opened.Count == 0)
        {
            throw State.Running.Any(pair => pair.LeftOut)
                ? AuditRuleException.Conflict("refusal.checkIn.everyPairLeftOut")
                : AuditRuleException.Conflict("refusal.checkIn.noPairBegun");
        }

        var boards = await Boards();

        // A pair already in the next round (a check-in cut short before it was stored) is not started twice.
        var waiting = opened.Where(pair => boards[pair.PairId].RoundNumber == SessionState.RoundOf(pair, State.CheckIn)).ToList();
        var unreleased = waiting.FirstOrDefault(pair => boards[pair.PairId].RevealedAt is null);
        if (unreleased is not null)
        {
            throw AuditRuleException.Conflict("refusal.checkIn.pairNotReleased", Names(unreleased));
        }

        await Task.WhenAll(waiting.Select(pair => Relationship(pair.PairId).StartFacilitatedRound(facilitatorId)));

        // Each check-in has its own notes: this one's are kept, readable, and the next starts empty.
        var earlier = State.EarlierNotes.AddRange(Enumerable.Repeat("", Math.Max(0, State.CheckIn - 1 - State.EarlierNotes.Count)));
        await Change(State with { CheckIn = State.CheckIn + 1, EarlierNotes = earlier.Add(State.Notes), Notes = "" });
        return await View(facilitatorId);
    }

    public async Task<SessionReport> GetReport(Guid facilitatorId, int? checkIn)
    {
        EnsureFacilitator(facilitatorId);
        var number = checkIn ?? State.CheckIn;
        if (number < 1 || number > State.CheckIn)
        {
            throw AuditRuleException.NotFound();
        }

        var boards = await Boards();
        List<PairRounds> pairs = [];
        foreach (var pair in State.Running.Where(pair => pair.Opened && pair.FirstCheckIn <= number))
        {
            var board = boards[pair.PairId];
            var round = board.Released.FirstOrDefault(r => r.Number == SessionState.RoundOf(pair, number));
            if (round is not null)
            {
                pairs.Add(new PairRounds(pair.PairId, board.RelationshipId, SeatNames(pair, board.Names), [round]));
            }
        }

        return new SessionReport(State.Title, State.Kind, State.FacilitatorName, number, pairs, State.NotesOf(number), time.GetUtcNow(),
            [.. State.Seats.Where(seat => !seat.Left).Select(seat => seat.Name)], ReportStartingPoints(pairs));
    }

    public async Task Leave(Guid personId)
    {
        if (State.IsFacilitator(personId))
        {
            throw AuditRuleException.Conflict("refusal.session.facilitatorCannotLeave");
        }

        var seat = State.IsOpen ? State.SeatOf(personId) : null;
        if (seat is null)
        {
            throw AuditRuleException.NotFound();
        }

        // The facilitator lets go of the leaver's pairs first, so nobody releases what the leaver leaves behind; then
        // the leaver leaves each pair as any relationship is left: nothing they wrote stays in it.
        var ending = State.Running.Where(pair => pair.Holds(seat.SeatId)).ToList();
        await Task.WhenAll(ending.Where(pair => pair.Opened).Select(pair => LetGoAndLeave(pair.PairId, personId)));
        await Change(State with
        {
            Seats = State.Seats.Replace(seat, seat with { Left = true, CodeHash = [] }),
            Pairs = [.. State.Pairs.Select(pair => ending.Contains(pair) ? pair with { Ended = true } : pair)],
        });
    }

    public async Task Close(Guid facilitatorId)
    {
        EnsureFacilitator(facilitatorId);
        await Task.WhenAll(State.Running.Where(pair => pair.Opened).Select(pair => LetGo(pair.PairId, facilitatorDeleted: true)));

        // Only who sat where stays, so each member keeps their pairs in their own list; nothing the facilitator wrote does.
        await Change(new SessionState
        {
            IsClosed = true,
            FacilitatorId = State.FacilitatorId,
            Seats = [.. State.Seats.Where(seat => seat.PersonId is not null).Select(seat => new SeatState { SeatId = seat.SeatId, PersonId = seat.PersonId, Left = seat.Left })],
            Pairs = [.. State.Pairs.Where(pair => pair.Opened)],
        });
    }

    private async Task LetGoAndLeave(Guid pairId, Guid personId)
    {
        await LetGo(pairId);
        try
        {
            await GrainFactory.ByGuid<IRelationshipSafety>(pairId).Leave(personId);
        }
        catch (AuditRuleException gone) when (gone.Failure == RuleFailure.NotFound)
        {
            // Left already, by an earlier attempt.
        }
    }

    private async Task LetGo(Guid pairId, bool facilitatorDeleted = false)
    {
        try
        {
            await (facilitatorDeleted ? Relationship(pairId).FacilitatorDeleted(State.FacilitatorId) : Relationship(pairId).EndFacilitation(State.FacilitatorId));
        }
        catch (AuditRuleException gone) when (gone.Failure == RuleFailure.NotFound)
        {
            // Let go of already, by an earlier attempt.
        }
    }

    private async Task<SessionView> View(Guid viewerId) => SessionViews.For(SessionId, State, viewerId, await Boards());

    /// <summary>Every opened pair's board, asked of the pairs' relationships on the facilitator's behalf.</summary>
    private async Task<IReadOnlyDictionary<Guid, FacilitatorPairView>> Boards()
    {
        var opened = State.Running.Where(pair => pair.Opened).ToList();
        var boards = await Task.WhenAll(opened.Select(pair => Relationship(pair.PairId).GetFacilitatorView(State.FacilitatorId)));
        return opened.Zip(boards).ToDictionary(p => p.First.PairId, p => p.Second);
    }

    /// <summary>The pair's two names, as the values of a refusal that names them (<c>{first}</c>, <c>{second}</c>).</summary>
    private (string Name, object Value)[] Names(PairState pair) =>
        [("first", State.Seat(pair.First)?.Name ?? ""), ("second", State.Seat(pair.Second)?.Name ?? "")];

    private void EnsureMember(Guid personId)
    {
        EnsureOpen();
        if (!State.IsFacilitator(personId) && State.SeatOf(personId) is null)
        {
            throw AuditRuleException.NotFound();
        }
    }

    // Every step but the seat's own is the facilitator's alone; anyone else, a participant too, learns nothing.
    private void EnsureFacilitator(Guid personId)
    {
        EnsureOpen();
        if (!State.IsFacilitator(personId))
        {
            throw AuditRuleException.NotFound();
        }
    }

    private void EnsureOpen()
    {
        if (!State.IsOpen)
        {
            if (!State.IsClosed)
            {
                // A made-up id must not keep an activation until idle collection.
                DeactivateOnIdle();
            }

            throw AuditRuleException.NotFound();
        }
    }

    /// <summary>Stores the next state, then tells everyone watching the session to fetch it again.</summary>
    private async Task Change(SessionState next)
    {
        await store.Replace(next);
        GrainFactory.GetGrain<IAuditPublisherGrain>(0).Publish(LiveMessage.To(Audiences.Session(SessionId), new SessionChanged(SessionId))).Ignore();
    }

    private IRelationshipGrain Relationship(Guid pairId) => GrainFactory.ByGuid<IRelationshipGrain>(pairId);
}
