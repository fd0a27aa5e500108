using Reciprocity.LoadTest;

namespace Reciprocity.Host.Tests.LoadTest;

/// <summary>The benchmark's yardstick: a bare SignalR vote-and-reveal round in its own process, and the table's ratio to it.</summary>
public sealed class BareRoundTests
{
    [Fact]
    public async Task The_bare_round_server_runs_in_its_own_process_and_every_pair_sees_its_reveals()
    {
        var result = await BareRound.Measure(pairs: 4, warmUp: TimeSpan.FromMilliseconds(500), window: TimeSpan.FromSeconds(1));

        Assert.Equal(0, result.Failures);
        Assert.True(result.RoundsPerSecond > 0, $"{result.RoundsPerSecond} rounds/s");
        Assert.True(result.ServerCpuMsPerRound >= 0, $"{result.ServerCpuMsPerRound} ms per round");
    }

    [Fact]
    public void The_table_divides_host_CPU_per_round_by_the_bare_rounds()
    {
        var report = new BenchmarkReport
        {
            BareRound = new BareRoundResult(200, 1000, ServerCpuMsPerRound: 0.5, Failures: 0),
            Runs = [new LoadResult { Pairs = 200, Mode = "back-to-back", WindowSeconds = 10, RoundsInWindow = 1000, HostCpuSeconds = 2 }],
        }.WithBareRatios();

        Assert.Equal(2.0, report.Runs[0].HostCpuMsPerRound);
        Assert.Equal(4.0, report.Runs[0].HostCpuPerBareRound);
        Assert.Contains("| 2.00 | 4.0× |", report.ToMarkdown(), StringComparison.Ordinal);
    }
}
