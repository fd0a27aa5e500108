using Reciprocity.LoadTest;

namespace Reciprocity.Host.Tests.LoadTest;

/// <summary>
/// Issue 22: the benchmark's report says what warm-up it used and how much of the host's CPU in the window was the JIT
/// still recompiling hot code, so a figure taken before the JIT settled reads as such.
/// </summary>
public sealed class WarmUpReportTests
{
    [Fact]
    public void The_report_names_the_warm_up_and_the_JIT_share_of_the_hosts_CPU()
    {
        var report = new BenchmarkReport
        {
            BareRound = new BareRoundResult(200, 1000, ServerCpuMsPerRound: 0.5, Failures: 0),
            Runs =
            [
                new LoadResult
                {
                    Pairs = 200, Mode = "back-to-back", WarmUpSeconds = 30, WindowSeconds = 10, RoundsInWindow = 1000,
                    HostCpuSeconds = 2, HostTieredCompilationCpuSeconds = 0.5,
                },
            ],
        }.WithBareRatios();

        Assert.Equal(0.25, report.Runs[0].HostTieredCompilationShare);
        var table = report.ToMarkdown();
        Assert.Contains("- Warm-up 30 s (rounds run, nothing counted), then a 10 s window;", table, StringComparison.Ordinal);
        Assert.Contains("| ÷ bare round | JIT tier-up share of host CPU |", table, StringComparison.Ordinal);
        Assert.Contains("| 2.00 | 4.0× | 25% |", table, StringComparison.Ordinal);
        Assert.Contains("\"hostTieredCompilationShare\": 0.25", report.ToJson(), StringComparison.Ordinal);
    }
}
