using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Reciprocity.Host.Words;
using Reciprocity.Perspectives;
using Reciprocity.Sessions;

namespace Reciprocity.Host.Api.Sessions;

/// <summary>
/// A check-in's report for the counsellor's records, in Markdown: dated, under a confidentiality header, with the
/// participants as the counsellor named them; each released pair's starting points, two perspectives side by side
/// in words, as released (no private notes), with every picture each person shared, per dimension, and the
/// conversation prompts, and their thanks and small things; in the app's words (<see cref="MethodWords"/>). Different experiences, never a tally, a winner
/// or a score drawn as a bar. The facilitator's notes of that check-in only when asked for.
/// </summary>
public static partial class SessionReportMarkdown
{
    public const string ContentType = "text/markdown; charset=utf-8";

    private static MethodWords Words => MethodWords.Current;

    public static string Write(SessionReport report, bool includeNotes)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# {Escape(report.Title)}: {Words.CheckIn.Word} {report.CheckIn}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"> **{Words.Report.Confidential}**");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Made on {Day(report.MadeAt)}. A {(report.Kind == SessionKind.Couple ? "couple" : "family")} session facilitated by {Escape(report.FacilitatorName)}.");
        if (report.Participants is { Count: > 0 } participants)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Participants: {string.Join(", ", participants.Select(Escape))}.");
        }

        text.AppendLine("Each pair's perspectives as they were released: two different experiences of one relationship, side by side. Neither is the right one.");
        if (report.Pairs.Count == 0)
        {
            text.AppendLine();
            text.AppendLine("No pair of this check-in has been released yet.");
        }

        foreach (var pair in report.Pairs)
        {
            WritePair(text, pair, report.StartingPoints?.GetValueOrDefault(pair.PairId) ?? []);
        }

        if (includeNotes && report.Notes.Length > 0)
        {
            text.AppendLine();
            text.AppendLine("## Facilitator's notes");
            text.AppendLine();
            text.AppendLine(Quote(report.Notes));
        }

        return text.ToString();
    }

    private static void WritePair(StringBuilder text, PairRounds pair, IReadOnlyList<StartingPoint> points)
    {
        var people = pair.Names.Keys.ToList();
        foreach (var round in pair.Rounds)
        {
            var shared = people.Where(round.Perspectives.ContainsKey).ToList();
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"## {string.Join(" and ", people.Select(p => Escape(pair.Names[p])))}");
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"Opened on {round.RevealedAt.UtcDateTime.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture)}.");
            WriteStartingPoints(text, points, pair.Names);
            foreach (var key in MethodWords.DimensionKeys)
            {
                var words = Words.Dimensions[key];
                text.AppendLine();
                text.AppendLine(CultureInfo.InvariantCulture, $"### {words.Title}");
                text.AppendLine();
                foreach (var person in shared)
                {
                    var name = Escape(pair.Names[person]);
                    var rating = Dimension(round.Perspectives[person], key);
                    text.AppendLine(CultureInfo.InvariantCulture, $"- **{name}**: {Describe(rating, name)}{Note(rating?.Note)}");
                    AppendPicture(text, rating?.Picture);
                }

                text.AppendLine();
                text.AppendLine(CultureInfo.InvariantCulture, $"*To talk about:* {words.Conversation}");
            }

            text.AppendLine();
            text.AppendLine("### Overall, pictures and seasons");
            text.AppendLine();
            foreach (var person in shared)
            {
                var perspective = round.Perspectives[person];
                var overall = perspective.Overall is { } o and >= 1 and <= 5 ? Words.ScaleWord(o) : "not given";
                text.AppendLine(CultureInfo.InvariantCulture, $"- **{Escape(pair.Names[person])}**: overall: {overall}.");
                AppendPicture(text, perspective.Picture);
                if (perspective.Season is { Kind: { } season } && Words.SeasonPhrase(season) is { } phrase)
                {
                    var note = perspective.Season.Note;
                    text.AppendLine(CultureInfo.InvariantCulture, $"  - {char.ToUpperInvariant(phrase[0])}{phrase[1..]}{(string.IsNullOrWhiteSpace(note) ? "" : ":")}{Note(note)}");
                }
            }

            WriteTraces(text, round, shared, pair.Names);
        }
    }

    // At most two places to start, as the reveal offers them; similar experiences need none.
    private static void WriteStartingPoints(StringBuilder text, IReadOnlyList<StartingPoint> points, IReadOnlyDictionary<Guid, string> names)
    {
        text.AppendLine();
        text.AppendLine("### Where to start");
        text.AppendLine();
        if (points.Count == 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"They see things in similar ways. It can still help to ask: {Words.Dimensions[MethodWords.DimensionKeys[0]].Conversation}");
            return;
        }

        foreach (var point in points)
        {
            var words = Words.Dimensions[point.Dimension];
            var experience = point.Kind == Experience.SharedImbalance
                ? $"{Words.Experiences.SharedImbalance}{(point.GiverId is { } giver && names.TryGetValue(giver, out var name) ? $": both name {Escape(name)} as giving more" : "")}"
                : point.Difference == Difference.Scores ? Words.Experiences.Scores : Words.Experiences.Leans;
            text.AppendLine(CultureInfo.InvariantCulture, $"- **{words.Title}**: {experience}. {words.Conversation}");
        }
    }

    // What stays of the conversation: each person's thanks and the one small thing they will try, in their words.
    private static void WriteTraces(StringBuilder text, ReleasedRoundPerspectives round, IReadOnlyList<Guid> people, IReadOnlyDictionary<Guid, string> names)
    {
        var thanks = people.Where(p => !string.IsNullOrWhiteSpace(round.Appreciations?.GetValueOrDefault(p))).ToList();
        var things = people.Where(p => !string.IsNullOrWhiteSpace(round.SmallThings?.GetValueOrDefault(p))).ToList();
        if (thanks.Count == 0 && things.Count == 0)
        {
            return;
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"### {Words.Traces.Appreciation}, and {LowerFirst(Words.Traces.SmallThing)}");
        text.AppendLine();
        foreach (var person in thanks)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- **{Escape(names[person])}**, {LowerFirst(Words.Traces.Appreciation)}:{Note(round.Appreciations![person])}");
        }

        foreach (var person in things)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- **{Escape(names[person])}**, {LowerFirst(Words.Traces.SmallThing)}:{Note(round.SmallThings![person])}");
        }
    }

    private static string LowerFirst(string words) => words.Length == 0 ? words : char.ToLowerInvariant(words[0]) + words[1..];

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static DimensionRating? Dimension(Perspective perspective, string key) => key switch
    {
        "initiation" => perspective.Dimensions?.Initiation,
        "depth" => perspective.Dimensions?.Depth,
        "crisisResponse" => perspective.Dimensions?.CrisisResponse,
        _ => perspective.Dimensions?.Maintenance,
    };

    private static string Describe(DimensionRating? rating, string name)
    {
        var scale = rating?.Score is { } s and >= 1 and <= 5 ? Words.ScaleWord(s) : "not given";
        return rating?.Leans is { } leaning ? $"{scale}. {Words.LeaningOf(leaning, name)}." : $"{scale}.";
    }

    // A picture the person shared, in their words; none (and no empty line) when they wrote none or kept it private.
    private static void AppendPicture(StringBuilder text, Picture? picture)
    {
        if (picture is { Kind: { } kind, Text: { } words } && !string.IsNullOrWhiteSpace(words))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  - {Words.PictureOf(kind)}: {Escape(words.Trim())}");
        }
    }

    private static string Note(string? note) => string.IsNullOrWhiteSpace(note) ? "" : $" “{Escape(note.Trim())}”";

    private static string Quote(string text) => string.Join('\n', text.Split('\n').Select(line => "> " + Escape(line.TrimEnd('\r'))));

    // What people wrote stays their words: no heading, list, link or HTML of theirs is read as Markdown, and a web or
    // mail address they typed is shown as code, which no Markdown viewer turns into a link.
    private static string Escape(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        var escaped = new StringBuilder(line.Length);
        var at = 0;
        foreach (Match address in Address().Matches(line))
        {
            EscapeInto(escaped, line.AsSpan(at, address.Index - at));
            escaped.Append('`').Append(address.Value).Append('`');
            at = address.Index + address.Length;
        }

        EscapeInto(escaped, line.AsSpan(at));
        return escaped.ToString();
    }

    private static void EscapeInto(StringBuilder escaped, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '!' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }
    }

    // What GitHub-flavoured Markdown links by itself: a scheme's address, a www. address, an email address. A backtick
    // ends it, so the code span cannot be closed early.
    [GeneratedRegex(@"(?:[a-zA-Z][a-zA-Z0-9+.-]*://|www\.)[^\s`]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
