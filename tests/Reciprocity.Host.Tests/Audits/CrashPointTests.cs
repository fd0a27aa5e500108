using System.Net;
using Reciprocity.Host.Tests.Infrastructure;
using Reciprocity.LoadTest;

namespace Reciprocity.Host.Tests.Audits;

/// <summary>
/// Crash points come from the tests' own launcher (tests/Reciprocity.CrashHost), never from the production host: given
/// the same setting, the production host stores and goes on, and only the crash launcher kills itself.
/// </summary>
public sealed class CrashPointTests
{
    [Fact]
    public async Task The_production_host_ignores_a_crash_point_that_only_the_tests_launcher_honours()
    {
        using var folder = new TempFolder();
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Reciprocity"] = folder.SqliteConnectionString,
            [HostLaunch.KillAfterStoringKey] = "person",
        };
        var launch = HostLaunch.ForTests(settings);
        Assert.Equal(HostLaunch.CrashHostBesideTheTests, launch.HostDll);

        // Creating a person stores a "person" write: the production host answers it and keeps running.
        await using (var production = await HostProcess.Start(launch with { HostDll = HostLaunch.BesideTheTests }))
        {
            await AuditClient.Create(production.CreateClient(), "Alex");
            using var live = await production.CreateClient().GetAsync(new Uri("/health/live", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }

        // The crash launcher on the same file dies at that write, before its answer.
        await using var crashing = await HostProcess.Start(launch);
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => AuditClient.Create(crashing.CreateClient(), "Sam"));
    }
}
