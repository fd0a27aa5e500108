using Reciprocity.Host.Tests.Infrastructure;
using Reciprocity.LoadTest;

namespace Reciprocity.Host.Tests.LoadTest;

/// <summary>
/// The load benchmark's own code, run small against a real host process: every round completes and every reveal
/// reaches both of the pair's connections. It never asserts a time; the figures live in docs/benchmarks.md.
/// </summary>
public sealed class LoadSmokeTests
{
    [Theory]
    [InlineData(RoundPacing.BackToBack, 20, 3, WritePath.Http)]
    [InlineData(RoundPacing.Paced, 10, 2, WritePath.Http)]
    [InlineData(RoundPacing.BackToBack, 20, 3, WritePath.Hub)]
    [InlineData(RoundPacing.Paced, 10, 2, WritePath.Hub)]
    public async Task Every_round_completes_and_every_reveal_reaches_both_sides(RoundPacing pacing, int pairs, int rounds, WritePath writePath)
    {
        using var folder = new TempFolder();
        await using var host = await HostProcess.Start(new Dictionary<string, string> { ["ConnectionStrings:Reciprocity"] = folder.SqliteConnectionString });
        var options = new LoadOptions
        {
            Pairs = pairs,
            Pacing = pacing,
            WritePath = writePath,
            WarmUp = TimeSpan.Zero,
            Window = TimeSpan.FromSeconds(90),
            RoundsPerPair = rounds,
        };

        var result = await LoadRun.Run(host.BaseAddress, hostPid: null, databasePath: null, options, TextWriter.Null);

        Assert.True(result.Errors == 0, string.Join('\n', result.ErrorMessages.Select(e => $"{e.Value}× {e.Key}")));
        Assert.Equal(pairs, result.PairsReady);
        Assert.Equal(0, result.PairsFailed);
        Assert.Equal(0, result.PairsShortOfBound);
        Assert.Equal(pairs * rounds, result.RoundsCompleted);
        Assert.Equal(pairs * rounds, result.RevealsReachedBothSides);
        Assert.Equal(0, result.IncompleteReveals);
        Assert.Equal(0, result.DuplicateReveals);
        Assert.Equal(pairs * rounds, result.RoundsInWindow);

        // Every step went the chosen way: the figures of the other way's kinds stay empty.
        var kinds = result.Http.Keys.Where(kind => kind is not "all").ToList();
        Assert.Contains(writePath == WritePath.Hub ? "draft (hub)" : "draft", kinds);
        Assert.DoesNotContain(writePath == WritePath.Hub ? "draft" : "draft (hub)", kinds);
    }
}
