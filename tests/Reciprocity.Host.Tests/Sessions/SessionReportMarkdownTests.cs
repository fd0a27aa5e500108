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

        var text = SessionReportMarkdown.Write(report, includeNotes: true);
        output.WriteLine(text);

        Assert.StartsWith("# The Riveras: check-in 2", text, StringComparison.Ordinal);
        Assert.Contains("two different experiences of one relationship", text, StringComparison.Ordinal);
        Assert.Contains("## Sam and Alex", text, StringComparison.Ordinal);
        Assert.Contains("- **Sam**: Heavily one-directional; feels they mostly give. “I always call \\*first\\*”", text, StringComparison.Ordinal);
        Assert.Contains("- **Alex**: Mostly mutual; feels it flows both ways.", text, StringComparison.Ordinal);
        Assert.Contains("*To talk about:* When did you last feel the other reached out to you first", text, StringComparison.Ordinal);
        Assert.Contains("A mutual pattern to build: Taking turns", text, StringComparison.Ordinal);
        Assert.Contains("A season of grief", text, StringComparison.Ordinal);
        Assert.Contains("> \\# not a heading", text, StringComparison.Ordinal);

        // Different experiences, never a contest: no tallies, totals, winners or scores drawn as bars.
        foreach (var word in new[] { "winner", "total", "score", "average", "%", "█", "■", "/5" })
        {
            Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void The_facilitators_notes_are_in_the_report_only_when_asked_for()
    {
        Assert.DoesNotContain("Lee's notes", SessionReportMarkdown.Write(Report("Lee's notes"), includeNotes: false), StringComparison.Ordinal);
        Assert.Contains("No pair of this check-in has been released yet.", SessionReportMarkdown.Write(Report("") with { Pairs = [] }, includeNotes: true), StringComparison.Ordinal);
    }

    private static SessionReport Report(string notes)
    {
        var sam = new Perspective(
            new Dimensions(new DimensionRating(1, Leaning.Me, "I always call *first*"), new DimensionRating(3, Leaning.Neither), new DimensionRating(2, Leaning.Them), new DimensionRating(2, Leaning.Me)),
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
