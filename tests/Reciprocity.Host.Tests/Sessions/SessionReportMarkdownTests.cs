using System.Text.Json;
using Reciprocity.Host.Api.Sessions;
using Reciprocity.Perspectives;
using Reciprocity.Sessions;
using Xunit.Abstractions;

namespace Reciprocity.Host.Tests.Sessions;

public sealed class SessionReportMarkdownTests(ITestOutputHelper output)
{
    private static readonly Guid Sam = Guid.NewGuid();
    private static readonly Guid Alex = Guid.NewGuid();

    [Fact]
    public void The_report_shows_each_pair_side_by_side_in_words_with_the_conversation_prompts()
    {
        var report = Report("Lee's notes\n# not a heading");

        var text = SessionReportMarkdown.Write(report, includeNotes: true, "en");
        output.WriteLine(text);

        Assert.StartsWith("# \u2068The Riveras\u2069: check-in 2", text, StringComparison.Ordinal);
        Assert.Contains("two different experiences of one relationship", text, StringComparison.Ordinal);
        Assert.Contains("## \u2068Sam\u2069 and \u2068Alex\u2069", text, StringComparison.Ordinal);
        Assert.Contains("- **\u2068Sam\u2069**: Heavily one-directional. \u2068Sam\u2069 feels they mostly give. “\u2068I always call \\*first\\*\u2069”", text, StringComparison.Ordinal);
        Assert.Contains("- **\u2068Alex\u2069**: Mostly mutual. \u2068Alex\u2069 feels it flows both ways.", text, StringComparison.Ordinal);
        Assert.Contains("*To talk about:* When did you last feel the other reached out to you first", text, StringComparison.Ordinal);
        Assert.Contains("  - A mutual pattern to build: \u2068Taking turns\u2069", text, StringComparison.Ordinal);
        Assert.Contains("In a season of grief: “\u2068Since March\u2069”", text, StringComparison.Ordinal);
        Assert.Contains("> \\# not a heading", text, StringComparison.Ordinal);

        // Different experiences, never a contest: no tallies, totals, winners or scores drawn as bars.
        foreach (var word in new[] { "winner", "total", "score", "average", "%", "█", "■", "/5" })
        {
            Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void The_report_says_what_the_app_says_from_the_one_file_of_the_methods_words()
    {
        var text = SessionReportMarkdown.Write(Report(""), includeNotes: false, "en");
        using var words = JsonDocument.Parse(File.ReadAllText(WordsFile()));

        // The middle of the scale and a leaning, as the web app shows them (web/src/words/method-words.json).
        var partly = words.RootElement.GetProperty("scale").GetProperty("3").GetString()!;
        Assert.Equal("Partly mutual", partly);
        Assert.Contains($"- **\u2068Sam\u2069**: {partly}.", text, StringComparison.Ordinal);
        Assert.Contains(words.RootElement.GetProperty("dimensions").GetProperty("crisisResponse").GetProperty("title").GetString()!, text, StringComparison.Ordinal);
        foreach (var old in new[] { "Somewhat balanced", "Round ", "released 1" })
        {
            Assert.DoesNotContain(old, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_picture_each_person_shared_is_in_the_report_per_dimension_and_no_empty_one()
    {
        var text = SessionReportMarkdown.Write(Report(""), includeNotes: false, "en");
        output.WriteLine(text);

        var depth = Section(text, "### Depth");
        Assert.Contains("- **\u2068Sam\u2069**: Partly mutual. \u2068Sam\u2069 feels it flows both ways.\n  - A boundary they need: \u2068No calls after ten\u2069", depth, StringComparison.Ordinal);
        Assert.Contains("  - A mutual pattern to build: \u2068Sunday walks `https://example.net/in-a-picture`\u2069", Section(text, "### Upkeep"), StringComparison.Ordinal);
        Assert.DoesNotContain("A mutual pattern to build: \n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("build: \r", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_web_or_mail_address_someone_wrote_is_shown_as_code_never_as_a_link()
    {
        var report = Report("See https://example.org/a_b?x=1 and www.example.com or mail me@example.org, not [x](https://evil.example)");

        var text = SessionReportMarkdown.Write(report, includeNotes: true, "en");

        Assert.Contains("`https://example.org/a_b?x=1`", text, StringComparison.Ordinal);
        Assert.Contains("`www.example.com`", text, StringComparison.Ordinal);
        Assert.Contains("`me@example.org`,", text, StringComparison.Ordinal);
        Assert.Contains("\\[x\\](`https://evil.example)`", text, StringComparison.Ordinal);
        Assert.Contains("`https://example.net/in-a-picture`", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!`)https://", text);
    }

    [Fact]
    public void The_facilitators_notes_are_in_the_report_only_when_asked_for()
    {
        Assert.DoesNotContain("Lee's notes", SessionReportMarkdown.Write(Report("Lee's notes"), includeNotes: false, "en"), StringComparison.Ordinal);
        Assert.Contains("No pair of this check-in has been released yet.", SessionReportMarkdown.Write(Report("") with { Pairs = [] }, includeNotes: true, "en"), StringComparison.Ordinal);
    }

    private static string Section(string text, string heading)
    {
        var start = text.IndexOf(heading, StringComparison.Ordinal);
        var end = text.IndexOf("*To talk about:*", start, StringComparison.Ordinal);
        return text[start..end].ReplaceLineEndings("\n");
    }

    private static string WordsFile()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "web", "src", "words", "method-words.json")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder!.FullName, "web", "src", "words", "method-words.json");
    }

    private static SessionReport Report(string notes)
    {
        var sam = new Perspective(
            new Dimensions(
                new DimensionRating(1, Leaning.Me, "I always call *first*"),
                new DimensionRating(3, Leaning.Neither, Picture: new Picture(PictureKind.Boundary, "No calls after ten")),
                new DimensionRating(2, Leaning.Them, Picture: new Picture(PictureKind.MutualPattern, "  ")),
                new DimensionRating(2, Leaning.Me, Picture: new Picture(PictureKind.MutualPattern, "Sunday walks https://example.net/in-a-picture"))),
            2,
            new Picture(PictureKind.MutualPattern, "Taking turns"),
            new Season(SeasonKind.Grief, "Since March"));
        var alex = new Perspective(
            new Dimensions(new DimensionRating(4, Leaning.Neither), new DimensionRating(4, Leaning.Neither), new DimensionRating(5, Leaning.Neither), new DimensionRating(4, Leaning.Them)),
            4,
            null,
            new Season(SeasonKind.None));
        var round = new ReleasedRoundPerspectives(2, new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero), new Dictionary<Guid, Perspective> { [Sam] = sam, [Alex] = alex });
        var pair = new PairRounds(Guid.NewGuid(), Guid.NewGuid(), new Dictionary<Guid, string> { [Sam] = "Sam", [Alex] = "Alex" }, [round]);
        return new SessionReport("The Riveras", SessionKind.Family, "Dr Lee", 2, [pair], notes);
    }
}
