namespace Reciprocity.Host.Tests.Visibility;

/// <summary>A relationship as its participant sees it: its view, a draft save's acknowledgement, and what opens at the reveal.</summary>
public sealed partial class VisibilityScan
{
    /// <summary>Allows a relationship's view at <paramref name="at"/> (a prefix such as <c>relationships[].</c>, or empty).</summary>
    private VisibilityScan AllowView(string kind, string at, int round, bool revealed)
    {
        Allow(kind, at + "relationshipId")
            .Allow(kind, at + "kind")
            .Allow(kind, at + "label")
            .Allow(kind, at + "me.personId")
            .Allow(kind, at + "me.displayName")
            .Allow(kind, at + "partner", [null])
            .Allow(kind, at + "partner.personId")
            .Allow(kind, at + "partner.displayName")
            .Allow(kind, at + "partner.left", true, false)
            .Allow(kind, at + "me.left", false)
            .Allow(kind, at + "me.inviter", true, false)
            .Allow(kind, at + "partner.inviter", true, false)
            .Allow(kind, at + "round.number", round)
            .Allow(kind, at + "round.myStatus", Statuses)
            .Allow(kind, at + "round.partnerStatus", Statuses)
            .AllowPerspective(kind, at + "round.myDraft")
            .Allow(kind, at + "round.revealed", revealed ? [true, false] : [false])
            .Allow(kind, at + "round.reveal", [null])
            .Allow(kind, at + "round.solo", false)
            .Allow(kind, at + "round.ready", true, false)
            .Allow(kind, at + "solo", false)
            .Allow(kind, at + "revealPolicy", "auto", "together", "facilitator")
            .Allow(kind, at + "invitePending", true, false)
            .Allow(kind, at + "history[].solo", false)
            .Allow(kind, at + "history[].number", [.. Enumerable.Range(1, revealed ? round : round - 1).Cast<object?>()])
            .Allow(kind, at + "history[].revealedAt")
            .AllowPerspective(kind, at + "history[].mine")
            .AllowPerspective(kind, at + "history[].theirs")
            .Allow(kind, at + "history[].appreciations.*")
            .Allow(kind, at + "history[].smallThings.*")
            .Allow(kind, at + "historyCount")
            .Allow(kind, at + "round.lastTime", [null])
            .Allow(kind, at + "round.lastTime.number")
            .Allow(kind, at + "round.lastTime.smallThings.*")
            .Allow(kind, at + "nextCheckIn", [null])
            .Allow(kind, at + "nextCheckIn.date")
            .Allow(kind, at + "nextCheckIn.proposedBy")
            .Allow(kind, at + "nextCheckIn.agreed", true, false);
        if (revealed)
        {
            Allow(kind, at + "round.reveal.appreciations.*")
                .Allow(kind, at + "round.reveal.smallThings.*");
            Allow(kind, at + "round.reveal.revealedAt")
                .AllowPerspective(kind, at + "round.reveal.mine")
                .AllowPerspective(kind, at + "round.reveal.theirs");
        }

        return this;
    }

    /// <summary>A draft save's acknowledgement at <paramref name="at"/>: the round's statuses and the caller's own saved fields.</summary>
    private VisibilityScan AllowDraftSaved(string kind, string at, int round, bool revealed) =>
        Allow(kind, at + "relationshipId")
            .Allow(kind, at + "round.number", round)
            .Allow(kind, at + "round.myStatus", Statuses)
            .Allow(kind, at + "round.partnerStatus", Statuses)
            .Allow(kind, at + "round.revealed", revealed ? [true, false] : [false])
            .Allow(kind, at + "round.ready", true, false)
            .AllowPerspective(kind, at + "saved");

    /// <summary>Once <paramref name="round"/> is revealed: the reveal itself, the traces of the conversation, the history and the timeline.</summary>
    private VisibilityScan AllowAfterTheReveal(int round)
    {
        Allow("Revealed", "relationshipId")
            .Allow("Revealed", "roundNumber", round)
            .Allow("Revealed", "revealedAt")
            .AllowPerspective("Revealed", "perspectives.*")
            .Allow("TracesChanged", "relationshipId")
            .Allow("TracesChanged", "roundNumber")
            .Allow("TracesChanged", "appreciations.*")
            .Allow("TracesChanged", "smallThings.*")
            .Allow(ReceivedMessage.Traces, "number")
            .Allow(ReceivedMessage.Traces, "appreciations.*")
            .Allow(ReceivedMessage.Traces, "smallThings.*")
            .Allow(ReceivedMessage.HistoryPage, "total")
            .Allow(ReceivedMessage.HistoryPage, "nextBefore")
            .Allow(ReceivedMessage.HistoryPage, "rounds[].number")
            .Allow(ReceivedMessage.HistoryPage, "rounds[].revealedAt")
            .Allow(ReceivedMessage.HistoryPage, "rounds[].solo", false)
            .Allow(ReceivedMessage.HistoryPage, "rounds[].appreciations.*")
            .Allow(ReceivedMessage.HistoryPage, "rounds[].smallThings.*")
            .AllowPerspective(ReceivedMessage.HistoryPage, "rounds[].mine")
            .AllowPerspective(ReceivedMessage.HistoryPage, "rounds[].theirs");
        foreach (var side in new[] { "mine", "theirs" })
        {
            Allow(ReceivedMessage.Timeline, $"points[].{side}", [null])
                .Allow(ReceivedMessage.Timeline, $"points[].{side}.scores.*")
                .Allow(ReceivedMessage.Timeline, $"points[].{side}.leans.*")
                .Allow(ReceivedMessage.Timeline, $"points[].{side}.overall")
                .Allow(ReceivedMessage.Timeline, $"points[].{side}.season");
        }

        Allow(ReceivedMessage.Timeline, "points[].number")
            .Allow(ReceivedMessage.Timeline, "points[].revealedAt")
            .Allow(ReceivedMessage.Timeline, "points[].solo", false);

        return this;
    }
}
