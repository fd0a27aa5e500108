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
/// or a score drawn as a bar. The facilitator's notes of that check-in only when asked for. In the facilitator's
/// language (issue 23): the host's catalogue for its sentences and quotation marks, the method's words of that language
/// for the rest, dates as the language writes them. What people typed keeps its own direction inside those words
/// (<see cref="Own"/>).
/// </summary>
public static partial class SessionReportMarkdown
{
    public const string ContentType = "text/markdown; charset=utf-8";

    public static string Write(SessionReport report, bool includeNotes, string language)
    {
        ArgumentNullException.ThrowIfNull(report);
        var said = new Speech(HostWords.For(language), MethodWords.For(language));
        var (host, method) = said;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# {host.Format("report.heading", ("title", Named(report.Title)), ("checkIn", method.CheckIn.Word), ("number", report.CheckIn))}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"> **{method.Report.Confidential}**");
        text.AppendLine();
        text.AppendLine(host.Format("report.made", ("madeOn", report.MadeAt), ("kind", report.Kind == SessionKind.Couple ? "couple" : "family"), ("facilitator", Named(report.FacilitatorName))));
        if (report.Participants is { Count: > 0 } participants)
        {
            text.AppendLine(host.Format("report.participants", ("names", string.Join(host["report.separator"], participants.Select(Named)))));
        }

        text.AppendLine(host["report.intro"]);
        if (report.Pairs.Count == 0)
        {
            text.AppendLine();
            text.AppendLine(host["report.noPairs"]);
        }

        foreach (var pair in report.Pairs)
        {
            WritePair(text, said, pair, report.StartingPoints?.GetValueOrDefault(pair.PairId) ?? []);
        }

        if (includeNotes && report.Notes.Length > 0)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"## {host["report.facilitatorNotes"]}");
            text.AppendLine();
            text.AppendLine(BlockQuote(report.Notes));
        }

        return text.ToString();
    }

    // The words of one report: the host's sentences and the method's words, in the facilitator's language.
    private sealed record Speech(HostWords Host, MethodWords Method);

    private static void WritePair(StringBuilder text, Speech said, PairRounds pair, IReadOnlyList<StartingPoint> points)
    {
        var (host, method) = said;
        var people = pair.Names.Keys.ToList();
        foreach (var round in pair.Rounds)
        {
            var shared = people.Where(round.Perspectives.ContainsKey).ToList();
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"## {PairNames(host, people.Select(p => Named(pair.Names[p])).ToList())}");
            text.AppendLine();
            text.AppendLine(host.Format("report.opened", ("at", round.RevealedAt)));
            WriteStartingPoints(text, said, points, pair.Names);
            foreach (var key in MethodWords.DimensionKeys)
            {
                var words = method.Dimensions[key];
                text.AppendLine();
                text.AppendLine(CultureInfo.InvariantCulture, $"### {words.Title}");
                text.AppendLine();
                foreach (var person in shared)
                {
                    var name = Named(pair.Names[person]);
                    var rating = Dimension(round.Perspectives[person], key);
                    text.AppendLine(CultureInfo.InvariantCulture, $"- **{name}**: {Describe(said, rating, name)}{Note(host, rating?.Note)}");
                    AppendPicture(text, method, rating?.Picture);
                }

                text.AppendLine();
                text.AppendLine(CultureInfo.InvariantCulture, $"*{host["report.toTalkAbout"]}* {words.Conversation}");
            }

            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"### {host["report.overallHeading"]}");
            text.AppendLine();
            foreach (var person in shared)
            {
                var perspective = round.Perspectives[person];
                var overall = perspective.Overall is { } o and >= 1 and <= 5 ? method.ScaleWord(o) : host["report.notGiven"];
                text.AppendLine(CultureInfo.InvariantCulture, $"- **{Named(pair.Names[person])}**: {host.Format("report.overall", ("scale", overall))}");
                AppendPicture(text, method, perspective.Picture);
                if (perspective.Season is { Kind: { } season } && method.SeasonPhrase(season) is { } phrase)
                {
                    var note = perspective.Season.Note;
                    text.AppendLine(CultureInfo.InvariantCulture, $"  - {char.ToUpperInvariant(phrase[0])}{phrase[1..]}{(string.IsNullOrWhiteSpace(note) ? "" : ":")}{Note(host, note)}");
                }
            }

            WriteTraces(text, said, round, shared, pair.Names);
        }
    }

    private static string PairNames(HostWords host, List<string> names) => names.Count == 2
        ? host.Format("report.pairNames", ("first", names[0]), ("second", names[1]))
        : string.Join(host["report.separator"], names);

    // At most two places to start, as the reveal offers them; similar experiences need none.
    private static void WriteStartingPoints(StringBuilder text, Speech said, IReadOnlyList<StartingPoint> points, IReadOnlyDictionary<Guid, string> names)
    {
        var (host, method) = said;
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"### {host["report.whereToStart"]}");
        text.AppendLine();
        if (points.Count == 0)
        {
            text.AppendLine(host.Format("report.similar", ("conversation", method.Dimensions[MethodWords.DimensionKeys[0]].Conversation)));
            return;
        }

        foreach (var point in points)
        {
            var words = method.Dimensions[point.Dimension];
            var experience = point.Kind == Experience.SharedImbalance
                ? point.GiverId is { } giver && names.TryGetValue(giver, out var name)
                    ? host.Format("report.bothNameGiver", ("experience", method.Experiences.SharedImbalance), ("name", Named(name)))
                    : method.Experiences.SharedImbalance
                : point.Difference == Difference.Scores ? method.Experiences.Scores : method.Experiences.Leans;
            text.AppendLine(CultureInfo.InvariantCulture, $"- **{words.Title}**: {experience}. {words.Conversation}");
        }
    }

    // What stays of the conversation: each person's thanks and the one small thing they will try, in their words.
    private static void WriteTraces(StringBuilder text, Speech said, ReleasedRoundPerspectives round, IReadOnlyList<Guid> people, IReadOnlyDictionary<Guid, string> names)
    {
        var (host, method) = said;
        var thanks = people.Where(p => !string.IsNullOrWhiteSpace(round.Appreciations?.GetValueOrDefault(p))).ToList();
        var things = people.Where(p => !string.IsNullOrWhiteSpace(round.SmallThings?.GetValueOrDefault(p))).ToList();
        if (thanks.Count == 0 && things.Count == 0)
        {
            return;
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"### {host.Format("report.tracesHeading", ("appreciation", method.Traces.Appreciation), ("smallThing", LowerFirst(method.Traces.SmallThing)))}");
        text.AppendLine();
        foreach (var person in thanks)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {TraceLine(host, names[person], method.Traces.Appreciation)}{Note(host, round.Appreciations![person])}");
        }

        foreach (var person in things)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {TraceLine(host, names[person], method.Traces.SmallThing)}{Note(host, round.SmallThings![person])}");
        }
    }

    private static string TraceLine(HostWords host, string name, string what) =>
        host.Format("report.traceLine", ("name", $"**{Named(name)}**"), ("what", LowerFirst(what)));

    private static string LowerFirst(string words) => words.Length == 0 ? words : char.ToLowerInvariant(words[0]) + words[1..];

    private static DimensionRating? Dimension(Perspective perspective, string key) => key switch
    {
        "initiation" => perspective.Dimensions?.Initiation,
        "depth" => perspective.Dimensions?.Depth,
        "crisisResponse" => perspective.Dimensions?.CrisisResponse,
        _ => perspective.Dimensions?.Maintenance,
    };

    private static string Describe(Speech said, DimensionRating? rating, string name)
    {
        var scale = rating?.Score is { } s and >= 1 and <= 5 ? said.Method.ScaleWord(s) : said.Host["report.notGiven"];
        return rating?.Leans is { } leaning ? $"{scale}. {said.Method.LeaningOf(leaning, name)}." : $"{scale}.";
    }

    // A picture the person shared, in their words; none (and no empty line) when they wrote none or kept it private.
    private static void AppendPicture(StringBuilder text, MethodWords method, Picture? picture)
    {
        if (picture is { Kind: { } kind, Text: { } words } && !string.IsNullOrWhiteSpace(words))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  - {method.PictureOf(kind)}: {Own.Isolated(Escape(words.Trim()))}");
        }
    }

    // A note in the language's own quotation marks ("report.quote"), its words isolated inside them.
    private static string Note(HostWords host, string? note) =>
        string.IsNullOrWhiteSpace(note) ? "" : " " + host.Format("report.quote", ("text", Own.Isolated(Escape(note.Trim()))));

    // A name or title someone typed, inside the host's words: escaped for Markdown, then isolated (Own) so it keeps
    // its own direction; the isolates are neither Markdown syntax nor punctuation to it, so "**⁨Sam⁩**" stays bold.
    private static string Named(string name) => Own.Isolated(Escape(name));

    // The facilitator's notes, each line standing alone in a block quote: no isolate, the line takes its direction from them.
    // The facilitator's notes, each line standing alone in a block quote: no isolate, each line takes its direction from its words.
    private static string BlockQuote(string text) => string.Join('\n', text.Split('\n').Select(line => "> " + Escape(line.TrimEnd('\r'))));

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
