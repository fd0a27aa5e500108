namespace Reciprocity.Host.Tests.Visibility;

/// <summary>What a participant of a relationship may receive: their own person, their relationships' views, events and answers.</summary>
public sealed partial class VisibilityScan
{
    /// <summary>What a participant may receive while <paramref name="round"/> is sealed: statuses, their own draft, earlier reveals.</summary>
    public static VisibilityScan BeforeTheReveal(int round = 1) => Participant(round, revealed: false);

    /// <summary>What a participant may receive once <paramref name="round"/> is revealed: both perspectives of it too.</summary>
    public static VisibilityScan AfterTheReveal(int round) => Participant(round, revealed: true);

    private static VisibilityScan Participant(int round, bool revealed)
    {
        var scan = Common(new VisibilityScan());
        // A view, a Watch's result, and each relationship of an export: the same view of the same relationship.
        foreach (var (kind, at) in new[] { (ReceivedMessage.View, ""), (ReceivedMessage.Result, ""), (ReceivedMessage.Export, "relationships[].") })
        {
            scan.AllowView(kind, at, round, revealed);
        }

        // A round's steps: a draft save's acknowledgement holds the caller's own draft only; over the hub, any step's
        // answer holds what the endpoint would have answered (the view without its history, or a problem) in its body.
        scan.AllowDraftSaved(ReceivedMessage.DraftSaved, "", round, revealed)
            .AllowDraftSaved(ReceivedMessage.HubAnswer, "body.", round, revealed)
            .AllowView(ReceivedMessage.HubAnswer, "body.", round, revealed)
            .AllowProblem(ReceivedMessage.HubAnswer, "body.")
            .Allow(ReceivedMessage.HubAnswer, "status", 200, 400, 404, 409);

        scan.Allow(ReceivedMessage.Export, "exportedAt")
            .Allow(ReceivedMessage.Export, "person.personId")
            .Allow(ReceivedMessage.Export, "person.displayName")
            .Allow(ReceivedMessage.Export, "person.language", "en", "es", "de", "ar")
            .Allow(ReceivedMessage.KeptPrivate, "reflectionId")
            .Allow("PartnerLeft", "relationshipId");

        scan.Allow(ReceivedMessage.Me, "personId")
            .Allow(ReceivedMessage.Me, "displayName")
            .Allow(ReceivedMessage.Me, "relationships[].relationshipId")
            .Allow(ReceivedMessage.Me, "relationships[].kind")
            .Allow(ReceivedMessage.Me, "relationships[].label")
            .Allow(ReceivedMessage.Me, "relationships[].partnerName")
            .Allow(ReceivedMessage.Me, "relationships[].roundNumber")
            .Allow(ReceivedMessage.Me, "relationships[].myStatus", Statuses)
            .Allow(ReceivedMessage.Me, "relationships[].partnerStatus", Statuses)
            .Allow(ReceivedMessage.Me, "relationships[].revealed", true, false)
            .Allow(ReceivedMessage.Me, "relationships[].solo", true, false)
            .Allow(ReceivedMessage.Me, "relationships[].revealPolicy", "auto", "together", "facilitator")
            .Allow(ReceivedMessage.Me, "relationships[].ready", true, false)
            .Allow(ReceivedMessage.Me, "relationships[].partnerJoined", true, false)
            .Allow(ReceivedMessage.Me, "relationships[].nextCheckIn", [null])
            .Allow(ReceivedMessage.Me, "relationships[].nextCheckIn.date")
            .Allow(ReceivedMessage.Me, "relationships[].nextCheckIn.proposedBy")
            .Allow(ReceivedMessage.Me, "relationships[].nextCheckIn.agreed", true, false)
            .Allow("NextCheckInChanged", "relationshipId")
            .Allow("NextCheckInChanged", "nextCheckIn", [null])
            .Allow("NextCheckInChanged", "nextCheckIn.date")
            .Allow("NextCheckInChanged", "nextCheckIn.proposedBy")
            .Allow("NextCheckInChanged", "nextCheckIn.agreed", true, false)
            .Allow(ReceivedMessage.Me, "email")
            .Allow(ReceivedMessage.Me, "pendingEmail")
            .Allow(ReceivedMessage.Me, "remindersAvailable", true, false)
            .Allow(ReceivedMessage.Me, "language", "en", "es", "de", "ar")
            .Allow("RevealPolicyChanged", "relationshipId")
            .Allow("RevealPolicyChanged", "revealPolicy", "auto", "together")
            .Allow(ReceivedMessage.Created, "relationshipId")
            .Allow(ReceivedMessage.Created, "inviteCode")
            .Allow(ReceivedMessage.Created, "inviteUrl")
            .Allow("StatusChanged", "relationshipId")
            .Allow("StatusChanged", "roundNumber")
            .Allow("StatusChanged", "statuses.*", Statuses);
        if (revealed)
        {
            scan.AllowAfterTheReveal(round);
        }

        return scan;
    }
}
