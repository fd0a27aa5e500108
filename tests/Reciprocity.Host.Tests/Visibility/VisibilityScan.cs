using System.Text.Json;
using Reciprocity.Host.Tests.Safety;

namespace Reciprocity.Host.Tests.Visibility;

/// <summary>
/// Checks everything a person received against what they may see: each kind of message may hold only the fields (and,
/// where it matters, the values) listed for it, and no forbidden text may appear anywhere, in a value or a field name.
/// A field nobody listed fails the scan, so a leak of a score, a leaning or a kind is caught as surely as a note's words,
/// and so is a message of a kind nobody listed (a new hub event, say). Add to the lists when the contract grows.
/// </summary>
public sealed class VisibilityScan
{
    public static readonly string[] Statuses = ["notStarted", "inProgress", "submitted", "confirmed"];

    private static readonly string[] DimensionNames = ["initiation", "depth", "crisisResponse", "maintenance"];

    private readonly Dictionary<string, List<Rule>> _allowed = new(StringComparer.Ordinal);
    private readonly List<string> _forbidden = [];

    /// <summary>What a participant may receive while <paramref name="round"/> is sealed: statuses, their own draft, earlier reveals.</summary>
    public static VisibilityScan BeforeTheReveal(int round = 1) => Participant(round, revealed: false);

    /// <summary>What a participant may receive once <paramref name="round"/> is revealed: both perspectives of it too.</summary>
    public static VisibilityScan AfterTheReveal(int round) => Participant(round, revealed: true);

    /// <summary>What someone outside a relationship may receive: refusals, and their own person with no relationships.</summary>
    public static VisibilityScan ForAStranger() => Common(new VisibilityScan())
        .AllowProblem(ReceivedMessage.HubAnswer, "body.")
        .Allow(ReceivedMessage.HubAnswer, "status", 400, 404, 409)
        .Allow(ReceivedMessage.Me, "personId")
        .Allow(ReceivedMessage.Me, "displayName")
        .Allow(ReceivedMessage.Me, "email")
        .Allow(ReceivedMessage.Me, "pendingEmail")
        .Allow(ReceivedMessage.Me, "remindersAvailable", true, false);

    /// <summary>Allows <paramref name="pattern"/> in messages of <paramref name="kind"/>: dot-separated field names, <c>*</c> for any one name, <c>[]</c> for any array item; with <paramref name="values"/>, only those values.</summary>
    public VisibilityScan Allow(string kind, string pattern, params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (!_allowed.TryGetValue(kind, out var rules))
        {
            _allowed[kind] = rules = [];
        }

        rules.Add(new Rule(Segments(pattern), values));
        return this;
    }

    /// <summary>Allows a whole perspective at <paramref name="at"/>.</summary>
    public VisibilityScan AllowPerspective(string kind, string at)
    {
        Allow(kind, at, [null]);
        Allow(kind, $"{at}.dimensions", [null]);
        foreach (var dimension in DimensionNames)
        {
            Allow(kind, $"{at}.dimensions.{dimension}", [null]);
            Allow(kind, $"{at}.dimensions.{dimension}.score");
            Allow(kind, $"{at}.dimensions.{dimension}.leans");
            Allow(kind, $"{at}.dimensions.{dimension}.note");
            Allow(kind, $"{at}.dimensions.{dimension}.private");
            Allow(kind, $"{at}.dimensions.{dimension}.picture", [null]);
            Allow(kind, $"{at}.dimensions.{dimension}.picture.kind");
            Allow(kind, $"{at}.dimensions.{dimension}.picture.text");
            Allow(kind, $"{at}.dimensions.{dimension}.picture.private");
        }

        foreach (var field in new[] { "overall", "picture", "picture.kind", "picture.text", "picture.private", "season", "season.kind", "season.note", "season.private" })
        {
            Allow(kind, $"{at}.{field}");
        }

        return this;
    }

    /// <summary>Texts that may appear nowhere: not in a value, not in a field name, in no kind of message.</summary>
    public VisibilityScan Forbid(params string[] texts)
    {
        _forbidden.AddRange(texts.Where(t => t.Length > 0));
        return this;
    }

    /// <summary>Every field or text in <paramref name="received"/> that this scan does not allow, each with where it came from.</summary>
    public IReadOnlyList<string> Findings(IEnumerable<ReceivedMessage> received)
    {
        ArgumentNullException.ThrowIfNull(received);
        List<string> findings = [];
        foreach (var message in received)
        {
            if (message.Kind == ReceivedMessage.Ping || message.Body.ValueKind == JsonValueKind.Undefined)
            {
                continue;
            }

            if (!_allowed.TryGetValue(message.Kind, out var rules))
            {
                findings.Add($"{message.Source}: a message of kind \"{message.Kind}\", which may not be received here: {Shorten(message.Body.GetRawText())}");
                continue;
            }

            foreach (var (path, value) in Leaves(message.Body, []))
            {
                if (!rules.Any(r => r.Matches(path, value)))
                {
                    findings.Add($"{message.Source}: {Show(path)} = {Shorten(value.GetRawText())} may not be received here");
                }
            }

            foreach (var text in _forbidden)
            {
                if (message.Body.GetRawText().Contains(text, StringComparison.Ordinal) || DecodedText.Strings(message.Body).Any(t => t.Contains(text, StringComparison.Ordinal)))
                {
                    findings.Add($"{message.Source}: holds the forbidden text \"{text}\"");
                }
            }
        }

        return findings;
    }

    /// <summary>
    /// Fails with every finding, and also when <paramref name="received"/> lacks any of <paramref name="mustInclude"/>
    /// kinds: a scan of nothing proves nothing.
    /// </summary>
    public void AssertClean(IReadOnlyCollection<ReceivedMessage> received, string who, params string[] mustInclude)
    {
        ArgumentNullException.ThrowIfNull(received);
        var missing = mustInclude.Where(kind => !received.Any(m => m.Kind == kind)).ToList();
        Assert.True(missing.Count == 0, $"{who} received no message of kind {string.Join(", ", missing)}; the scan would prove nothing. Received: {string.Join(", ", received.Select(m => m.Kind).Distinct())}");
        var findings = Findings(received);
        Assert.True(findings.Count == 0, $"{who} received what they may not see ({findings.Count} findings in {received.Count} messages):\n{string.Join("\n", findings.Take(40))}");
    }

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
            scan.Allow("Revealed", "relationshipId")
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
                scan.Allow(ReceivedMessage.Timeline, $"points[].{side}", [null])
                    .Allow(ReceivedMessage.Timeline, $"points[].{side}.scores.*")
                    .Allow(ReceivedMessage.Timeline, $"points[].{side}.leans.*")
                    .Allow(ReceivedMessage.Timeline, $"points[].{side}.overall")
                    .Allow(ReceivedMessage.Timeline, $"points[].{side}.season");
            }

            scan.Allow(ReceivedMessage.Timeline, "points[].number")
                .Allow(ReceivedMessage.Timeline, "points[].revealedAt")
                .Allow(ReceivedMessage.Timeline, "points[].solo", false);
        }

        return scan;
    }

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

    private VisibilityScan AllowProblem(string kind, string at) =>
        Allow(kind, at + "type")
            .Allow(kind, at + "title")
            .Allow(kind, at + "status")
            .Allow(kind, at + "detail")
            .Allow(kind, at + "instance")
            .Allow(kind, at + "traceId")
            .Allow(kind, at + "errors.*[]");

    /// <summary>What anyone may receive: their own person and key, refusals, and the hub's own frames.</summary>
    private static VisibilityScan Common(VisibilityScan scan) => scan
        .Allow(ReceivedMessage.Person, "personId")
        .Allow(ReceivedMessage.Person, "displayName")
        .Allow(ReceivedMessage.Person, "accessKey")
        .Allow(ReceivedMessage.Key, "accessKey")
        .Allow(ReceivedMessage.SignInAsked, "message", "If this address belongs to someone here, a link to sign in is on its way to it. It works once, within 15 minutes.")
        .Allow(ReceivedMessage.Help, "resources[].name")
        .Allow(ReceivedMessage.Help, "resources[].description")
        .Allow(ReceivedMessage.Help, "resources[].phone")
        .Allow(ReceivedMessage.Help, "resources[].url")
        .Allow(ReceivedMessage.Help, "quickExitUrl")
        .AllowProblem(ReceivedMessage.Problem, "")
        .Allow(ReceivedMessage.Error, "")
        .Allow(ReceivedMessage.Close, "type")
        .Allow(ReceivedMessage.Close, "error")
        .Allow(ReceivedMessage.Close, "allowReconnect");

    /// <summary>Every value that holds no further fields, with its path: null, a string, a number, true or false.</summary>
    private static IEnumerable<(string[] Path, JsonElement Value)> Leaves(JsonElement element, string[] path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    foreach (var leaf in Leaves(property.Value, [.. path, property.Name]))
                    {
                        yield return leaf;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var leaf in Leaves(item, [.. path, "[]"]))
                    {
                        yield return leaf;
                    }
                }

                break;
            default:
                yield return (path, element);
                break;
        }
    }

    /// <summary>Every string and field name, unescaped, so a forbidden text written with JSON escapes is found too.</summary>
    /// <summary>"history[].mine.overall" → ["history", "[]", "mine", "overall"]; "" → [].</summary>
    private static string[] Segments(string pattern) => pattern.Length == 0 ? [] : [.. pattern.Split('.').SelectMany(s => s.EndsWith("[]", StringComparison.Ordinal) && s.Length > 2 ? new[] { s[..^2], "[]" } : [s])];

    private static string Show(string[] path) => path.Length == 0 ? "(the whole message)" : string.Join('.', path).Replace(".[]", "[]", StringComparison.Ordinal);

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";

    private sealed record Rule(string[] Pattern, object?[] Values)
    {
        public bool Matches(string[] path, JsonElement value) =>
            path.Length == Pattern.Length
            && Pattern.Zip(path).All(p => p.First == "*" || p.First == p.Second)
            && (Values.Length == 0 || Values.Any(allowed => Same(value, allowed)));

        private static bool Same(JsonElement value, object? allowed) => allowed switch
        {
            null => value.ValueKind == JsonValueKind.Null,
            bool b => value.ValueKind == (b ? JsonValueKind.True : JsonValueKind.False),
            string s => value.ValueKind == JsonValueKind.String && value.GetString() == s,
            int i => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n == i,
            _ => false,
        };
    }
}
