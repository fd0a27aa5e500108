using Reciprocity.Grains.Rules;
using Reciprocity.Practice;
using Reciprocity.Sessions;

namespace Reciprocity.Grains.Sessions;

/// <summary>A session in its facilitator's practice: its line on the practice home, its record, and seats carried forward.</summary>
public sealed partial class SessionGrain : ISessionPractice
{
    public async Task<SessionLine> GetLine(Guid facilitatorId)
    {
        EnsureFacilitator(facilitatorId);
        var boards = await Boards();
        var ready = State.InTheRoom.Count(pair => boards.TryGetValue(pair.PairId, out var board) && board.Ready);
        var seats = State.Seats.Where(seat => !seat.Left).ToList();
        return new SessionLine(SessionId, State.Title, State.OpenedAt, State.CheckIn, State.StartedAt, seats.Count, seats.Count(seat => seat.PersonId is null), ready);
    }

    public async Task<SessionRecord> GetRecord(Guid facilitatorId)
    {
        EnsureFacilitator(facilitatorId);
        var boards = await Boards();
        var pairs = boards.Select(board => new PairRounds(board.Key, board.Value.RelationshipId, board.Value.Names, board.Value.Released)).ToList();
        return new SessionRecord(SessionViews.For(SessionId, State, facilitatorId, boards), pairs);
    }

    public Task<IReadOnlyList<CarriedSeat>> SeatsToCarry(Guid facilitatorId)
    {
        EnsureFacilitator(facilitatorId);
        IReadOnlyList<CarriedSeat> seats = [.. State.Seats.Where(seat => seat.PersonId is not null && !seat.Left).Select(seat => new CarriedSeat(seat.PersonId!.Value, seat.Name))];
        return Task.FromResult(seats);
    }

    public async Task<IReadOnlyList<IssuedSeat>> CarrySeats(Guid facilitatorId, IReadOnlyList<CarriedSeat> seats)
    {
        EnsureFacilitator(facilitatorId);
        if (!State.Seats.IsEmpty)
        {
            throw AuditRuleException.Conflict("refusal.seat.carriedOnlyIntoNew");
        }

        var limit = State.Kind == SessionKind.Couple ? 2 : MaxParticipants;
        List<IssuedSeat> issued = [];
        var next = State;
        foreach (var carried in seats.Take(limit))
        {
            var (code, hash) = SecretCode.Create(SessionId);
            var seat = new SeatState { SeatId = Guid.NewGuid(), Name = carried.Name, CodeHash = hash, KeptFor = carried.PersonId };
            next = next with { Seats = next.Seats.Add(seat) };
            issued.Add(new IssuedSeat(seat.SeatId, code));
        }

        await Change(next with { Pairs = State.EveryPair || State.Kind == SessionKind.Couple ? Pairings.Every(next) : next.Pairs });
        return issued;
    }

    public async Task<SessionView> Begin(Guid facilitatorId)
    {
        EnsureFacilitator(facilitatorId);
        if (State.StartedAt is null)
        {
            await Change(State with { StartedAt = time.GetUtcNow() });
        }

        return await View(facilitatorId);
    }

    // A carried seat waits for the one person who sat in it: anyone else holding its link learns only that it is kept.
    private static void EnsureKeptFor(SeatState seat, Guid personId)
    {
        if (seat.KeptFor is { } keptFor && keptFor != personId)
        {
            throw AuditRuleException.Conflict("refusal.seat.keptFor");
        }
    }
}
