using Reciprocity.Grains.Rules;
using Reciprocity.Relationships;
using Reciprocity.Sessions;

namespace Reciprocity.Grains.Sessions;

/// <summary>A session's seats: adding, re-issuing and revoking them, the seat page, claiming, and opening the pairs of taken seats.</summary>
public sealed partial class SessionGrain
{
    public async Task<IssuedSeat> AddParticipant(Guid facilitatorId, string name)
    {
        EnsureFacilitator(facilitatorId);
        var violations = new RuleViolations();
        TextRules.CheckName(violations, "name", name, required: true);
        violations.ThrowIfAny();
        var limit = State.Kind == SessionKind.Couple ? 2 : MaxParticipants;
        if (State.Seats.Count >= limit)
        {
            throw State.Kind == SessionKind.Couple
                ? AuditRuleException.Conflict("refusal.seat.coupleFull")
                : AuditRuleException.Conflict("refusal.seat.sessionFull", ("limit", MaxParticipants));
        }

        var (code, hash) = SecretCode.Create(SessionId);
        var seat = new SeatState { SeatId = Guid.NewGuid(), Name = name.Trim(), CodeHash = hash };
        var next = State with { Seats = State.Seats.Add(seat) };
        await Change(State.EveryPair || State.Kind == SessionKind.Couple ? next with { Pairs = Pairings.Every(next) } : next);
        return new IssuedSeat(seat.SeatId, code);
    }

    public async Task<IssuedSeat> ReissueSeat(Guid facilitatorId, Guid seatId)
    {
        var seat = OpenSeat(facilitatorId, seatId);
        var (code, hash) = SecretCode.Create(SessionId);
        await store.Replace(State with { Seats = State.Seats.Replace(seat, seat with { CodeHash = hash }) });
        return new IssuedSeat(seat.SeatId, code);
    }

    public async Task RevokeSeat(Guid facilitatorId, Guid seatId)
    {
        var seat = OpenSeat(facilitatorId, seatId);
        await Change(State with { Seats = State.Seats.Remove(seat), Pairs = State.Pairs.RemoveAll(pair => pair.Holds(seatId)) });
    }

    public Task<SeatInvitation> DescribeSeat(byte[] seatHash)
    {
        var seat = SeatBehind(seatHash);
        if (seat.PersonId is not null)
        {
            throw AuditRuleException.Gone("problem.seatTaken");
        }

        return Task.FromResult(new SeatInvitation(State.Title, State.FacilitatorName, seat.Name, State.Kind, seat.KeptFor is not null));
    }

    public async Task<SessionView> Claim(Guid personId, byte[] seatHash)
    {
        var seat = SeatBehind(seatHash);
        if (seat.PersonId == personId && !seat.Left)
        {
            await OpenReadyPairs();
            return await View(personId);
        }

        if (seat.PersonId is not null)
        {
            throw AuditRuleException.Gone("problem.seatTaken");
        }

        EnsureKeptFor(seat, personId);
        if (personId == State.FacilitatorId)
        {
            throw AuditRuleException.Conflict("refusal.seat.ownSession");
        }

        if (State.SeatOf(personId) is not null)
        {
            throw AuditRuleException.Conflict("refusal.seat.alreadyHave");
        }

        await Change(State with { Seats = State.Seats.Replace(seat, seat with { PersonId = personId }) });
        await OpenReadyPairs();
        return await View(personId);
    }

    /// <summary>Opens the relationship of every pair whose two seats are taken; a pair opened before stays as it is.</summary>
    private async Task OpenReadyPairs()
    {
        var ready = State.InTheRoom.Where(pair => !pair.Opened && State.Seat(pair.First)?.PersonId is not null && State.Seat(pair.Second)?.PersonId is not null).ToList();
        if (ready.Count == 0)
        {
            return;
        }

        await Task.WhenAll(ready.Select(OpenPair));
        await Change(State with { Pairs = [.. State.Pairs.Select(pair => ready.Contains(pair) ? pair with { Opened = true, FirstCheckIn = State.CheckIn } : pair)] });
    }

    private async Task OpenPair(PairState pair)
    {
        var (first, second) = (State.Seat(pair.First)!, State.Seat(pair.Second)!);
        var opening = new RelationshipOpening(
            first.PersonId!.Value,
            first.Name,
            State.Kind == SessionKind.Couple ? RelationshipKind.Partner : RelationshipKind.FamilyMember,
            State.Title,
            second.Name,
            RevealPolicy: RevealPolicy.Facilitator,
            FacilitatorId: State.FacilitatorId,
            PartnerId: second.PersonId,
            Pair: new FacilitatedPair(SessionId, first.SeatId, second.SeatId));
        try
        {
            await Relationship(pair.PairId).Open(opening);
        }
        catch (AuditRuleException exists) when (exists.Failure == RuleFailure.Conflict)
        {
            // Opened by an earlier attempt whose answer was lost: the pair is there.
        }
    }

    private SeatState SeatBehind(byte[] seatHash)
    {
        EnsureOpen();
        return State.Seats.FirstOrDefault(seat => SecretCode.Matches(seat.CodeHash, seatHash)) ?? throw AuditRuleException.NotFound();
    }

    private SeatState OpenSeat(Guid facilitatorId, Guid seatId)
    {
        EnsureFacilitator(facilitatorId);
        var seat = State.Seat(seatId) ?? throw AuditRuleException.NotFound();
        return seat.PersonId is null ? seat : throw AuditRuleException.Conflict("refusal.seat.takenBy", ("name", seat.Name));
    }
}
