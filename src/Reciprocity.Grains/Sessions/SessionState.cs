using System.Collections.Immutable;
using Reciprocity.Sessions;

namespace Reciprocity.Grains.Sessions;

/// <summary>Everything a session keeps. Replaced whole on every change, then written, then answered.</summary>
[GenerateSerializer, Alias("Reciprocity.SessionState")]
public sealed record SessionState
{
    [Id(0)] public bool IsOpen { get; init; }
    [Id(1)] public string Title { get; init; } = "";
    [Id(2)] public SessionKind Kind { get; init; }
    [Id(3)] public Guid FacilitatorId { get; init; }
    [Id(4)] public string FacilitatorName { get; init; } = "";
    [Id(5)] public DateTimeOffset OpenedAt { get; init; }
    [Id(6)] public int CheckIn { get; init; } = 1;

    /// <summary>True while the session pairs everyone with everyone; false once the facilitator chose the pairs.</summary>
    [Id(7)] public bool EveryPair { get; init; } = true;

    /// <summary>The facilitator's notes of the current check-in.</summary>
    [Id(8)] public string Notes { get; init; } = "";

    /// <summary>The notes of the earlier check-ins, check-in 1 first; each check-in starts with empty notes.</summary>
    [Id(12)] public ImmutableList<string> EarlierNotes { get; init; } = [];
    [Id(9)] public ImmutableList<SeatState> Seats { get; init; } = [];
    [Id(10)] public ImmutableList<PairState> Pairs { get; init; } = [];

    /// <summary>The facilitator closed it: only who sat where and the opened pairs remain, so members keep their pairs.</summary>
    [Id(11)] public bool IsClosed { get; init; }

    /// <summary>When the facilitator began the session in the room; until then a pre-read consent can be withdrawn.</summary>
    [Id(30)] public DateTimeOffset? StartedAt { get; init; }

    /// <summary>The seats whose participants let the facilitator read their perspective before the room (pre-read).</summary>
    [Id(31)] public ImmutableList<Guid> PreReadSeats { get; init; } = [];

    /// <summary>What the shared screen shows (a pair and a step); none until the facilitator steps it. Ids from 40 on are the room's.</summary>
    [Id(40)] public RoomState? Room { get; init; }

    public bool IsFacilitator(Guid personId) => IsOpen && personId == FacilitatorId;

    /// <summary>The seat this person holds and has not left.</summary>
    public SeatState? SeatOf(Guid personId) => Seats.FirstOrDefault(seat => seat.PersonId == personId && !seat.Left);

    public SeatState? Seat(Guid seatId) => Seats.FirstOrDefault(seat => seat.SeatId == seatId);

    /// <summary>The facilitator's notes of a check-in ("" for one without notes).</summary>
    public string NotesOf(int checkIn) => checkIn == CheckIn ? Notes : EarlierNotes.ElementAtOrDefault(checkIn - 1) ?? "";

    /// <summary>The running pairs the facilitator has not left out: the ones a check-in goes on with.</summary>
    public IEnumerable<PairState> InTheRoom => Running.Where(pair => !pair.LeftOut);

    /// <summary>The pairs still running (not ended by someone leaving).</summary>
    public IEnumerable<PairState> Running => Pairs.Where(pair => !pair.Ended);

    /// <summary>The round of a pair that belongs to a check-in: pairs opened at a later check-in count their rounds from 1.</summary>
    public static int RoundOf(PairState pair, int checkIn) => checkIn - pair.FirstCheckIn + 1;
}

/// <summary>A seat: the name the facilitator gave, the hash of its code, and who took it.</summary>
[GenerateSerializer, Alias("Reciprocity.SeatState")]
public sealed record SeatState
{
    [Id(0)] public Guid SeatId { get; init; }
    [Id(1)] public string Name { get; init; } = "";
    [Id(2)] public byte[] CodeHash { get; init; } = [];
    [Id(3)] public Guid? PersonId { get; init; }
    [Id(4)] public bool Left { get; init; }

    /// <summary>Carried forward from an earlier session: only this person may take it, confirming they take part again.</summary>
    [Id(30)] public Guid? KeptFor { get; init; }
}

/// <summary>Two seats rating their relationship; its relationship is keyed by the pair's id once both seats are taken.</summary>
[GenerateSerializer, Alias("Reciprocity.PairState")]
public sealed record PairState
{
    [Id(0)] public Guid PairId { get; init; }
    [Id(1)] public Guid First { get; init; }
    [Id(2)] public Guid Second { get; init; }
    [Id(3)] public bool Opened { get; init; }

    /// <summary>The session's check-in when the pair's relationship opened: its round 1.</summary>
    [Id(4)] public int FirstCheckIn { get; init; } = 1;

    /// <summary>One of its members left the session.</summary>
    [Id(5)] public bool Ended { get; init; }

    /// <summary>The facilitator left this pair out of the session: it is not released, and check-ins go on without it.</summary>
    [Id(6)] public bool LeftOut { get; init; }

    /// <summary>Why, in the facilitator's words, for the facilitator alone ("" when none was given).</summary>
    [Id(7)] public string LeftOutReason { get; init; } = "";

    public bool Holds(Guid seatId) => First == seatId || Second == seatId;

    public bool Joins(Guid a, Guid b) => (First == a && Second == b) || (First == b && Second == a);
}
