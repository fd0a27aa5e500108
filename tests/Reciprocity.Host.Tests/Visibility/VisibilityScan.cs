using System.Text.Json;
using Reciprocity.Host.Tests.Safety;

namespace Reciprocity.Host.Tests.Visibility;

/// <summary>
/// Checks everything a person received against what they may see: each kind of message may hold only the fields (and,
/// where it matters, the values) listed for it, and no forbidden text may appear anywhere, in a value or a field name.
/// A field nobody listed fails the scan, so a leak of a score, a leaning or a kind is caught as surely as a note's words,
/// and so is a message of a kind nobody listed (a new hub event, say). Add to the lists when the contract grows: what
/// anyone may receive (VisibilityScan.Anyone.cs), a participant (VisibilityScan.Participant.cs), a relationship's views
/// and answers (VisibilityScan.Relationship.cs), a facilitator (<see cref="SessionScans"/>). This file is the scan itself.
/// </summary>
public sealed partial class VisibilityScan
{
    public static readonly string[] Statuses = ["notStarted", "inProgress", "submitted", "confirmed"];

    private static readonly string[] DimensionNames = ["initiation", "depth", "crisisResponse", "maintenance"];

    private readonly Dictionary<string, List<Rule>> _allowed = new(StringComparer.Ordinal);
    private readonly List<string> _forbidden = [];

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
