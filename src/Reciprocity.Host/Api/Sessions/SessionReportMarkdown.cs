using System.Globalization;
using System.Text;
using Reciprocity.Perspectives;
using Reciprocity.Sessions;

namespace Reciprocity.Host.Api.Sessions;

/// <summary>
/// A check-in's report for the counsellor's records, in Markdown: each released pair's two perspectives side by side
/// in words, as released (no private notes), with the conversation prompts. Different experiences, never a tally,
/// a winner or a score drawn as a bar. The facilitator's notes only when asked for.
/// </summary>
public static class SessionReportMarkdown
{
    public const string ContentType = "text/markdown; charset=utf-8";

    private static readonly (string Key, string Title, string Conversation)[] DimensionTexts =
    [
        ("initiation", "Reaching out", "When did you last feel the other reached out to you first, and what did it mean to you?"),
        ("depth", "Depth", "What helps each of you feel truly heard when you share something that matters?"),
        ("crisisResponse", "In a crisis", "Looking back at the last hard time, what would have helped that the other may not know about?"),
        ("maintenance", "Upkeep", "Which small, everyday gestures mean the most to each of you?"),
    ];

    private static readonly string[] ScaleWords = ["", "Heavily one-directional", "Mostly one-directional", "Somewhat balanced", "Mostly mutual", "Roughly mutual"];

    public static string Write(SessionReport report, bool includeNotes)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# {Escape(report.Title)}: check-in {report.CheckIn}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"A {(report.Kind == SessionKind.Couple ? "couple" : "family")} session facilitated by {Escape(report.FacilitatorName)}.");
        text.AppendLine("Each pair's perspectives as they were released: two different experiences of one relationship, side by side. Neither is the right one.");
        if (report.Pairs.Count == 0)
        {
            text.AppendLine();
            text.AppendLine("No pair of this check-in has been released yet.");
        }

        foreach (var pair in report.Pairs)
        {
            WritePair(text, pair);
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

    private static void WritePair(StringBuilder text, PairRounds pair)
    {
        var people = pair.Names.Keys.ToList();
        foreach (var round in pair.Rounds)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"## {string.Join(" and ", people.Select(p => Escape(pair.Names[p])))}");
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"Round {round.Number}, released {round.RevealedAt.UtcDateTime.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture)}.");
            foreach (var (key, title, conversation) in DimensionTexts)
            {
                text.AppendLine();
                text.AppendLine(CultureInfo.InvariantCulture, $"### {title}");
                text.AppendLine();
                foreach (var person in people.Where(round.Perspectives.ContainsKey))
                {
                    var rating = Dimension(round.Perspectives[person], key);
                    text.AppendLine(CultureInfo.InvariantCulture, $"- **{Escape(pair.Names[person])}**: {Describe(rating)}{Note(rating?.Note)}");
                    if (rating?.Picture is { } picture)
                    {
                        text.AppendLine(CultureInfo.InvariantCulture, $"  - {PictureWords(picture)}");
                    }
                }

                text.AppendLine();
                text.AppendLine(CultureInfo.InvariantCulture, $"*To talk about:* {conversation}");
            }

            text.AppendLine();
            text.AppendLine("### Overall, pictures and seasons");
            text.AppendLine();
            foreach (var person in people.Where(round.Perspectives.ContainsKey))
            {
                var perspective = round.Perspectives[person];
                var overall = perspective.Overall is { } o and >= 1 and <= 5 ? ScaleWords[o] : "not given";
                text.AppendLine(CultureInfo.InvariantCulture, $"- **{Escape(pair.Names[person])}**: overall: {overall}.");
                if (perspective.Picture is { } picture)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"  - {PictureWords(picture)}");
                }

                if (perspective.Season is { Kind: { } season } && season != SeasonKind.None)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"  - A season of {SeasonWords(season)}{(string.IsNullOrWhiteSpace(perspective.Season.Note) ? "" : ":")}{Note(perspective.Season.Note)}");
                }
            }
        }
    }

    private static DimensionRating? Dimension(Perspective perspective, string key) => key switch
    {
        "initiation" => perspective.Dimensions?.Initiation,
        "depth" => perspective.Dimensions?.Depth,
        "crisisResponse" => perspective.Dimensions?.CrisisResponse,
        _ => perspective.Dimensions?.Maintenance,
    };

    private static string Describe(DimensionRating? rating)
    {
        var scale = rating?.Score is { } s and >= 1 and <= 5 ? ScaleWords[s] : "not given";
        var leans = rating?.Leans switch
        {
            Leaning.Me => "; feels they mostly give",
            Leaning.Them => "; feels they mostly receive",
            Leaning.Neither => "; feels it flows both ways",
            _ => "",
        };
        return scale + leans + ".";
    }

    private static string PictureWords(Picture picture) =>
        $"{(picture.Kind == PictureKind.Boundary ? "A boundary they need" : "A mutual pattern to build")}: {Escape(picture.Text ?? "")}";

    private static string SeasonWords(SeasonKind season) => season switch
    {
        SeasonKind.Illness => "illness",
        SeasonKind.Grief => "grief",
        SeasonKind.Transition => "transition",
        _ => "change",
    };

    private static string Note(string? note) => string.IsNullOrWhiteSpace(note) ? "" : $" “{Escape(note.Trim())}”";

    private static string Quote(string text) => string.Join('\n', text.Split('\n').Select(line => "> " + Escape(line.TrimEnd('\r'))));

    // What people wrote stays their words: no heading, list, link or HTML of theirs is read as Markdown.
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '!' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
