using Reciprocity.Relationships;
using Reciprocity.Sessions;

namespace Reciprocity.Grains.Sessions;

/// <summary>
/// A pre-read: a participant may let the facilitator read their submitted perspective before the room, and take that back
/// until the session begins. Private notes never; the others in the session learn only that a pre-read was shared.
/// </summary>
public sealed partial class SessionGrain
{
    public async Task<SessionView> SharePreRead(Guid personId, bool share)
    {
        EnsureOpen();
        var seat = State.SeatOf(personId) ?? throw AuditRuleException.NotFound();
        if (State.StartedAt is not null)
        {
            throw AuditRuleException.Conflict("refusal.preRead.sessionBegun");
        }

        var has = State.PreReadSeats.Contains(seat.SeatId);
        if (has != share)
        {
            await Change(State with { PreReadSeats = share ? State.PreReadSeats.Add(seat.SeatId) : State.PreReadSeats.Remove(seat.SeatId) });
        }

        return await View(personId);
    }

    public async Task<PreReads> GetPreReads(Guid facilitatorId)
    {
        EnsureFacilitator(facilitatorId);
        List<PreRead> shared = [];
        foreach (var seat in State.Seats.Where(seat => State.PreReadSeats.Contains(seat.SeatId) && seat.PersonId is not null && !seat.Left))
        {
            var pairs = State.InTheRoom.Where(pair => pair.Opened && pair.Holds(seat.SeatId)).ToList();
            var perspectives = await Task.WhenAll(pairs.Select(pair => GrainFactory.ByGuid<IRelationshipPreRead>(pair.PairId).GetPreRead(facilitatorId, seat.PersonId!.Value)));
            shared.Add(new PreRead(seat.SeatId, seat.Name, [.. pairs.Zip(perspectives, (pair, perspective) => new PreReadPair(pair.PairId, perspective))]));
        }

        return new PreReads(shared);
    }
}
