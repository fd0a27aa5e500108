using Reciprocity.People;
using Reciprocity.Sessions;

namespace Reciprocity.Grains.Tests;

/// <summary>A facilitator's session with seated people, set up through the grains the way the API does.</summary>
internal sealed record Session(Guid SessionId, Guid FacilitatorId, IGrainFactory Grains)
{
    public ISessionGrain Grain => Grains.GetGrain<ISessionGrain>(SessionId);

    public static async Task<Session> Open(IGrainFactory grains, SessionKind kind = SessionKind.Family)
    {
        var facilitatorId = await Person(grains, "Dr Lee");
        var view = await grains.GetGrain<IPersonGrain>(facilitatorId).OpenSession("The Riveras", kind);
        return new Session(view.SessionId, facilitatorId, grains);
    }

    public static async Task<Guid> Person(IGrainFactory grains, string name)
    {
        var personId = Guid.NewGuid();
        await grains.GetGrain<IPersonGrain>(personId).Register(name);
        return personId;
    }

    /// <summary>Adds a seat for each name and has a new person claim it; returns the people by name with their seats.</summary>
    public async Task<Dictionary<string, (Guid PersonId, Guid SeatId)>> Seat(params string[] names)
    {
        var seats = new Dictionary<string, (Guid, Guid)>();
        foreach (var name in names)
        {
            var seat = await Grain.AddParticipant(FacilitatorId, name);
            var personId = await Person(Grains, name);
            await Grains.GetGrain<IPersonGrain>(personId).ClaimSeat(seat.SeatCode);
            seats[name] = (personId, seat.SeatId);
        }

        return seats;
    }

    public async Task<PairView> PairOf(Guid seatA, Guid seatB) =>
        (await Grain.GetView(FacilitatorId)).Pairs.Single(p => p.Seats.Contains(seatA) && p.Seats.Contains(seatB));
}
