using System.Text.RegularExpressions;
using Reciprocity.Host.Api.Sessions;
using Reciprocity.Perspectives;
using Reciprocity.Sessions;
using Xunit.Abstractions;

namespace Reciprocity.Host.Tests.Translation;

/// <summary>
/// The Markdown report in the facilitator's language (issue 23): names and what people wrote keep their own direction
/// inside the host's words (isolates, which Markdown's escaping leaves alone), notes are quoted as the language quotes,
/// and a facilitator's own notes, standing alone on their lines, are not wrapped.
/// </summary>
public sealed partial class ReportWordsTests(ITestOutputHelper output)
{
    private static readonly Guid Sara = Guid.NewGuid();
    private static readonly Guid Sam = Guid.NewGuid();

    [Fact]
    public void An_English_report_isolates_Arabic_names_and_notes_and_escapes_inside_the_isolate()
    {
        var text = Write("en");

        Assert.StartsWith("# \u2068عائلة\\_نور\\*\u2069: check-in 1\n", text, StringComparison.Ordinal);
        Assert.Contains("A family session facilitated by \u2068د. ليلى\u2069.", text, StringComparison.Ordinal);
        Assert.Contains("Participants: \u2068سارة\u2069, \u2068Sam\u2069.", text, StringComparison.Ordinal);
        Assert.Contains("## \u2068سارة\u2069 and \u2068Sam\u2069\n", text, StringComparison.Ordinal);
        Assert.Contains("- **\u2068سارة\u2069**: Heavily one-directional. \u2068سارة\u2069 feels they mostly give. “\u2068أتصل أولًا دائمًا\u2069”\n", text, StringComparison.Ordinal);
        Assert.Contains("  - A boundary they need: \u2068لا مكالمات بعد العاشرة\u2069\n", text, StringComparison.Ordinal);
        Assert.Contains("- **\u2068Sam\u2069**, a word of thanks: “\u2068thanks for the soup\u2069”\n", text, StringComparison.Ordinal);

        // The facilitator's notes stand alone on their lines: escaped, not isolated.
        Assert.Contains("\n> ملاحظة \\# ليلى\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("> \u2068", text, StringComparison.Ordinal);
        AssertIsolatesAroundTypedWordsOnly(text);
    }

    [Fact]
    public void An_Arabic_report_isolates_Latin_names_and_quotes_with_guillemets()
    {
        var text = Write("ar");

        Assert.Contains("- **\u2068Sam\u2069**: ", text, StringComparison.Ordinal);
        Assert.Contains("## \u2068سارة\u2069 و\u2068Sam\u2069\n", text, StringComparison.Ordinal);
        Assert.Contains("«\u2068أتصل أولًا دائمًا\u2069»", text, StringComparison.Ordinal);
        Assert.Contains("بتيسير \u2068د. ليلى\u2069.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("“", text, StringComparison.Ordinal);
        AssertIsolatesAroundTypedWordsOnly(text);
    }

    [Fact]
    public void A_German_report_quotes_notes_with_German_quotation_marks()
    {
        var text = Write("de");

        Assert.Contains("„\u2068أتصل أولًا دائمًا\u2069“", text, StringComparison.Ordinal);
        Assert.Contains("„\u2068thanks for the soup\u2069“", text, StringComparison.Ordinal);
        Assert.DoesNotContain("”", text, StringComparison.Ordinal);
    }

    // Every isolate opens and closes, none nests, and each holds words someone typed, never the host's own.
    private static void AssertIsolatesAroundTypedWordsOnly(string text)
    {
        Assert.Equal(text.Count(c => c == '\u2068'), text.Count(c => c == '\u2069'));
        string[] typed = ["عائلة\\_نور\\*", "د. ليلى", "سارة", "Sam", "أتصل أولًا دائمًا", "لا مكالمات بعد العاشرة", "thanks for the soup"];
        Assert.All(Isolate().Matches(text), match => Assert.Contains(match.Groups[1].Value, typed));
    }

    [GeneratedRegex("\u2068([^\u2068\u2069]*)\u2069")]
    private static partial Regex Isolate();

    private string Write(string language)
    {
        var text = SessionReportMarkdown.Write(Report(), includeNotes: true, language).ReplaceLineEndings("\n");
        output.WriteLine(text);
        return text;
    }

    private static SessionReport Report()
    {
        var sara = new Perspective(
            new Dimensions(
                new DimensionRating(1, Leaning.Me, "أتصل أولًا دائمًا"),
                new DimensionRating(3, Leaning.Neither, Picture: new Picture(PictureKind.Boundary, "لا مكالمات بعد العاشرة")),
                new DimensionRating(4, Leaning.Neither),
                new DimensionRating(4, Leaning.Neither)),
            3,
            null,
            new Season(SeasonKind.None));
        var sam = new Perspective(
            new Dimensions(new DimensionRating(4, Leaning.Neither), new DimensionRating(4, Leaning.Neither), new DimensionRating(5, Leaning.Neither), new DimensionRating(4, Leaning.Them)),
            4,
            null,
            new Season(SeasonKind.None));
        var round = new ReleasedRoundPerspectives(1, new DateTimeOffset(2026, 3, 1, 9, 5, 0, TimeSpan.Zero), new Dictionary<Guid, Perspective> { [Sara] = sara, [Sam] = sam })
        {
            Appreciations = new Dictionary<Guid, string> { [Sam] = "thanks for the soup" },
        };
        var pair = new PairRounds(Guid.NewGuid(), Guid.NewGuid(), new Dictionary<Guid, string> { [Sara] = "سارة", [Sam] = "Sam" }, [round]);
        return new SessionReport("عائلة_نور*", SessionKind.Family, "د. ليلى", 1, [pair], "ملاحظة # ليلى")
        {
            Participants = ["سارة", "Sam"],
        };
    }
}
