using Reciprocity.LoadTest;

namespace Reciprocity.Host.Tests.LoadTest;

/// <summary>The benchmark's report of the two-tier layout: CPU per round on each tier, their sum, and the bare round's ratio on the sum.</summary>
public sealed class TierReportTests
{
    private static readonly BareRoundResult Bare = new(200, 1000, ServerCpuMsPerRound: 0.5, Failures: 0);

    [Fact]
    public void A_two_tier_run_reports_each_tiers_CPU_per_round_and_divides_their_sum_by_the_bare_round()
    {
        var report = new BenchmarkReport
        {
            BareRound = Bare,
            Runs =
            [
                new LoadResult
                {
                    Pairs = 200, Mode = "back-to-back", Hosts = 2, Silos = 2, WindowSeconds = 10, RoundsInWindow = 1000,
                    HostCpuSeconds = 2, SiloCpuSeconds = 3, GeneratorCpuSeconds = 1, OtherProcessesCpuSeconds = 4,
                    HostPeakRssPerHostBytes = [100L << 20, 110L << 20], HostPeakRssBytes = 210L << 20,
                    SiloPeakRssPerHostBytes = [200L << 20, 220L << 20],
                },
            ],
        }.WithBareRatios();

        var run = report.Runs[0];
        Assert.Equal(2.0, run.HostCpuMsPerRound);
        Assert.Equal(3.0, run.SiloCpuMsPerRound);
        Assert.Equal(5.0, run.TotalCpuMsPerRound);
        Assert.Equal(10.0, run.HostCpuPerBareRound);
        Assert.Equal(420L << 20, run.SiloPeakRssBytes);

        var table = report.ToMarkdown();
        Assert.Contains("| front-end CPU per round (ms) | silo CPU per round (ms) | sum per round (ms) | ÷ bare round |", table, StringComparison.Ordinal);
        Assert.Contains("| 200 | back-to-back | 2 | 2 |", table, StringComparison.Ordinal);
        Assert.Contains("| 20% | 30% | 10% | 40% | 2.00 | 3.00 | 5.00 | 10.0× | 210 (100 / 110) | 420 (200 / 220) |", table, StringComparison.Ordinal);
        Assert.DoesNotContain("| host CPU per round (ms) |", table, StringComparison.Ordinal);

        var json = report.ToJson();
        Assert.Contains("\"siloCpuMsPerRound\": 3", json, StringComparison.Ordinal);
        Assert.Contains("\"totalCpuMsPerRound\": 5", json, StringComparison.Ordinal);
        Assert.Contains("\"hostCpuPerBareRound\": 10", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_combined_run_keeps_its_table_and_its_ratio_on_the_hosts_CPU()
    {
        var report = new BenchmarkReport
        {
            BareRound = Bare,
            Runs = [new LoadResult { Pairs = 200, Mode = "back-to-back", WindowSeconds = 10, RoundsInWindow = 1000, HostCpuSeconds = 2 }],
        }.WithBareRatios();

        Assert.Null(report.Runs[0].SiloCpuMsPerRound);
        Assert.Equal(2.0, report.Runs[0].TotalCpuMsPerRound);
        var table = report.ToMarkdown();
        Assert.Contains("| host CPU per round (ms) | ÷ bare round |", table, StringComparison.Ordinal);
        Assert.Contains("| 2.00 | 4.0× |", table, StringComparison.Ordinal);
        Assert.DoesNotContain("silo CPU", table, StringComparison.Ordinal);
    }
}
