namespace Reciprocity.Host.Tests.Visibility;

/// <summary>What a session's facilitator may receive, built on <see cref="VisibilityScan"/>: statuses and names before a release.</summary>
public static class SessionScans
{
    public static readonly string[] SeatStatuses = ["notStarted", "inProgress", "submitted", "withdrawn", "keptPrivate"];

    /// <summary>
    /// Before any release: their own session (seats, pairs, statuses by seat, whether a pair is left out and their own
    /// reason, their notes of every check-in), seat links, the board's
    /// events and refusals. No field of any perspective, and no reveal.
    /// </summary>
    public static VisibilityScan ForAFacilitatorBeforeARelease()
    {
        var scan = VisibilityScan.ForAStranger();
        foreach (var kind in new[] { ReceivedMessage.Session, ReceivedMessage.Result })
        {
            scan.Allow(kind, "sessionId")
                .Allow(kind, "title")
                .Allow(kind, "kind", "couple", "family")
                .Allow(kind, "role", "facilitator")
                .Allow(kind, "facilitator.personId")
                .Allow(kind, "facilitator.displayName")
                .Allow(kind, "checkIn", 1)
                .Allow(kind, "participants[].seatId")
                .Allow(kind, "participants[].name")
                .Allow(kind, "participants[].personId")
                .Allow(kind, "participants[].claimed", true, false)
                .Allow(kind, "participants[].left", false)
                .Allow(kind, "pairs[].pairId")
                .Allow(kind, "pairs[].seats[]")
                .Allow(kind, "pairs[].relationshipId")
                .Allow(kind, "pairs[].roundNumber", 1)
                .Allow(kind, "pairs[].statuses.*", SeatStatuses)
                .Allow(kind, "pairs[].ready", true, false)
                .Allow(kind, "pairs[].revealed", false)
                .Allow(kind, "pairs[].revealedAt", [null])
                .Allow(kind, "pairs[].leftOut", true, false)
                .Allow(kind, "pairs[].leftOutReason")
                .Allow(kind, "pairs[].firstCheckIn", 1)
                .Allow(kind, "notes")
                .Allow(kind, "earlierNotes[].checkIn")
                .Allow(kind, "earlierNotes[].notes")
                .Allow(kind, "room", [null])
                .Allow(kind, "room.pairId")
                .Allow(kind, "room.step", "startingPoints")
                .Allow(kind, "room.revealed", false);
        }

        return scan
            .Allow(ReceivedMessage.Session, "seatId")
            .Allow(ReceivedMessage.Session, "seatCode")
            .Allow(ReceivedMessage.Session, "seatUrl")
            .Allow(ReceivedMessage.Session, "pairId")
            .Allow(ReceivedMessage.Session, "relationshipId")
            .Allow(ReceivedMessage.Session, "names.*")
            .Allow("SessionChanged", "sessionId")
            .Allow("PairStatusChanged", "sessionId")
            .Allow("PairStatusChanged", "pairId")
            .Allow("PairStatusChanged", "roundNumber", 1)
            .Allow("PairStatusChanged", "statuses.*", SeatStatuses)
            .Allow("PairStatusChanged", "ready", true, false)
            .Allow("RoomStepped", "sessionId")
            .Allow("RoomStepped", "pairId")
            .Allow("RoomStepped", "step", "startingPoints")
            .Allow("RoomStepped", "roundNumber", 1)
            .Allow("RoomStepped", "statuses.*", "notStarted", "inProgress", "submitted")
            .Allow("RoomStepped", "revealed", false);
    }

    /// <summary>
    /// A family summary: which pairs (by id and seats) read each dimension in which way, and who both members of a pair
    /// name as giving more. Ids and kinds of experience only: no score, leaning, note, picture or total.
    /// </summary>
    public static VisibilityScan ForAFamilySummary()
    {
        const string kind = ReceivedMessage.FamilySummary;
        return VisibilityScan.ForAStranger()
            .Allow(kind, "sessionId")
            .Allow(kind, "checkIn")
            .Allow(kind, "pairs[].pairId")
            .Allow(kind, "pairs[].seats[]")
            .Allow(kind, "dimensions[].dimension", "initiation", "depth", "crisisResponse", "maintenance")
            .Allow(kind, "dimensions[].similar[]")
            .Allow(kind, "dimensions[].different[]")
            .Allow(kind, "dimensions[].unanswered[]")
            .Allow(kind, "dimensions[].sharedImbalances[].pairId")
            .Allow(kind, "dimensions[].sharedImbalances[].giverSeatId")
            .Allow(kind, "dimensions[].repeats[].giverSeatId")
            .Allow(kind, "dimensions[].repeats[].pairIds[]");
    }
}
