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
            AllowSession(scan, kind, "");
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

    /// <summary>A session as its facilitator sees it before a release, at <paramref name="prefix"/> in messages of <paramref name="kind"/>.</summary>
    public static VisibilityScan AllowSession(VisibilityScan scan, string kind, string prefix)
    {
        ArgumentNullException.ThrowIfNull(scan);
        return scan.Allow(kind, $"{prefix}sessionId")
            .Allow(kind, $"{prefix}title")
            .Allow(kind, $"{prefix}kind", "couple", "family")
            .Allow(kind, $"{prefix}role", "facilitator")
            .Allow(kind, $"{prefix}facilitator.personId")
            .Allow(kind, $"{prefix}facilitator.displayName")
            .Allow(kind, $"{prefix}checkIn", 1)
            .Allow(kind, $"{prefix}participants[].seatId")
            .Allow(kind, $"{prefix}participants[].name")
            .Allow(kind, $"{prefix}participants[].personId")
            .Allow(kind, $"{prefix}participants[].claimed", true, false)
            .Allow(kind, $"{prefix}participants[].left", false)
            .Allow(kind, $"{prefix}participants[].preReadShared", true, false)
            .Allow(kind, $"{prefix}participants[].carriedForward", true, false)
            .Allow(kind, $"{prefix}pairs[].pairId")
            .Allow(kind, $"{prefix}pairs[].seats[]")
            .Allow(kind, $"{prefix}pairs[].relationshipId")
            .Allow(kind, $"{prefix}pairs[].roundNumber", 1)
            .Allow(kind, $"{prefix}pairs[].statuses.*", SeatStatuses)
            .Allow(kind, $"{prefix}pairs[].ready", true, false)
            .Allow(kind, $"{prefix}pairs[].revealed", false)
            .Allow(kind, $"{prefix}pairs[].revealedAt", [null])
            .Allow(kind, $"{prefix}pairs[].leftOut", true, false)
            .Allow(kind, $"{prefix}pairs[].leftOutReason")
            .Allow(kind, $"{prefix}pairs[].firstCheckIn", 1)
            .Allow(kind, $"{prefix}notes")
            .Allow(kind, $"{prefix}earlierNotes[].checkIn")
            .Allow(kind, $"{prefix}earlierNotes[].notes")
            .Allow(kind, $"{prefix}startedAt")
            .Allow(kind, $"{prefix}room", [null])
            .Allow(kind, $"{prefix}room.pairId")
            .Allow(kind, $"{prefix}room.step", "startingPoints")
            .Allow(kind, $"{prefix}room.revealed", false);
    }
}
