using System.Diagnostics;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Tooling;

/// <summary>
/// scripts/count-results.sh, which totals test.sh's reports, fed with reports written here: skipped tests are skipped,
/// a project that ran no test fails the run, and so does a report left over from an earlier run.
/// </summary>
public sealed class ResultCountingTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly DateTime _started = DateTime.UtcNow.AddMinutes(-10);

    public ResultCountingTests() => Write("started", "", _started);

    [Fact]
    public async Task Skipped_vitest_tests_are_counted_as_skipped_not_passed()
    {
        // Vitest's JUnit report gives no skipped count on <testsuites>, only on each <testsuite>.
        var vitest = Write("vitest.xml", """
            <?xml version="1.0" encoding="UTF-8" ?>
            <testsuites name="vitest tests" tests="5" failures="0" errors="0" time="1.2">
                <testsuite name="src/a.test.ts" tests="3" failures="0" errors="0" skipped="2" time="0.1">
                    <testcase classname="src/a.test.ts" name="one" time="0.01"></testcase>
                    <testcase classname="src/a.test.ts" name="two" time="0"><skipped/></testcase>
                    <testcase classname="src/a.test.ts" name="three" time="0"><skipped/></testcase>
                </testsuite>
                <testsuite name="src/b.test.ts" tests="2" failures="0" errors="0" skipped="0" time="0.1">
                    <testcase classname="src/b.test.ts" name="four" time="0.01"></testcase>
                    <testcase classname="src/b.test.ts" name="five" time="0.01"></testcase>
                </testsuite>
            </testsuites>
            """);

        var (exit, output, _) = await Count($"vitest={vitest}");
        Assert.Equal("3 passed, 0 failed, 2 skipped", output);
        Assert.Equal(0, exit);
    }

    [Fact]
    public async Task A_dotnet_project_that_found_no_tests_fails_the_run()
    {
        var grains = Write("grains.trx", Trx(total: 0, passed: 0));
        var host = Write("host.trx", Trx(total: 4, passed: 4));

        var (exit, output, errors) = await Count($"Reciprocity.Grains.Tests={grains}", $"Reciprocity.Host.Tests={host}");
        Assert.Equal("4 passed, 0 failed, 0 skipped", output);
        Assert.NotEqual(0, exit);
        Assert.Contains("Reciprocity.Grains.Tests", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_left_from_an_earlier_run_fails_the_run()
    {
        var fresh = Write("host.trx", Trx(total: 2, passed: 2));
        var stale = Write("e2e.xml", """<testsuites tests="7" failures="0" skipped="0" errors="0"><testsuite name="e2e" tests="7" failures="0" skipped="0" errors="0"></testsuite></testsuites>""", _started.AddDays(-1));

        var (exit, output, errors) = await Count($"host={fresh}", $"e2e={stale}");
        Assert.Equal("2 passed, 0 failed, 0 skipped", output);
        Assert.NotEqual(0, exit);
        Assert.Contains("e2e", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_report_counts_and_any_failure_fails_the_run()
    {
        var host = Write("host.trx", Trx(total: 6, passed: 4, failed: 1, notExecuted: 1));
        var e2e = Write("e2e.xml", """
            <testsuites id="" name="" tests="3" failures="0" skipped="1" errors="0" time="9">
            <testsuite name="audit.spec.ts" tests="3" failures="0" skipped="1" errors="0" time="9">
            </testsuite>
            </testsuites>
            """);

        var (exit, output, _) = await Count($"host={host}", $"e2e={e2e}");
        Assert.Equal("6 passed, 1 failed, 2 skipped", output);
        Assert.NotEqual(0, exit);
        var (missingExit, _, missing) = await Count($"host={Path.Combine(_folder.Path, "nowhere.trx")}");
        Assert.NotEqual(0, missingExit);
        Assert.Contains("host", missing, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private static string Trx(int total, int passed, int failed = 0, int notExecuted = 0) =>
        $"""<?xml version="1.0" encoding="utf-8"?><TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><ResultSummary outcome="Completed"><Counters total="{total}" executed="{total - notExecuted}" passed="{passed}" failed="{failed}" error="0" timeout="0" aborted="0" inconclusive="0" passedButRunAborted="0" notRunnable="0" notExecuted="{notExecuted}" disconnected="0" warning="0" completed="0" inProgress="0" pending="0" /></ResultSummary></TestRun>""";

    private string Write(string name, string content, DateTime? at = null)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllText(path, content);
        File.SetLastWriteTimeUtc(path, at ?? _started.AddMinutes(1));
        return path;
    }

    private async Task<(int Exit, string Output, string Errors)> Count(params string[] reports)
    {
        var script = Path.Combine(RepositoryRoot(), "scripts", "count-results.sh");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { script, Path.Combine(_folder.Path, "started") }.Concat(reports))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return (process.ExitCode, (await output).Trim(), await errors);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "test.sh")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("test.sh not found above the test binaries.");
    }
}
