using System.Net;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Practice;

/// <summary>
/// Issue 21, item 8: closing a client is a promise once asked. SIGKILL part-way through deleting a household, then a
/// restart on the same storage: the restart itself finishes the deletion (before the counsellor comes back, every session
/// of it is closed for its participant), and the household is not on the practice home. On SQLite and on PostgreSQL.
/// </summary>
public sealed class HouseholdDeletionCrashTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private const int Sessions = 30;

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_household_deletion_stopped_by_SIGKILL_shows_nothing_half_done_after_a_restart(string provider)
    {
        using var folder = new TempFolder();
        var settings = provider == "Sqlite"
            ? new Dictionary<string, string> { ["ConnectionStrings:Reciprocity"] = folder.SqliteConnectionString }
            : new Dictionary<string, string> { ["Storage:Provider"] = "Postgres", ["ConnectionStrings:Reciprocity"] = await postgres.CreateDatabaseAsync() };
        var sessionIds = new List<Guid>();
        string leeKey, samKey;
        Guid householdId;
        var siloPort = FreePort.Next();

        await using (var host = await HostProcess.Start(settings, siloPort: siloPort))
        {
            var lee = await AuditClient.Create(host.CreateClient(), "Dr Lee");
            var sam = await AuditClient.Create(host.CreateClient(), "Sam");
            householdId = (await lee.Send(HttpMethod.Post, "/api/practice/households", new { name = "The Parks", kind = "family" }, HttpStatusCode.Created))["householdId"]!.GetValue<Guid>();
            for (var i = 0; i < Sessions; i++)
            {
                var sessionId = (await lee.Send(HttpMethod.Post, $"/api/practice/households/{householdId}/sessions", new { title = $"Session {i}" }, HttpStatusCode.Created))["session"]!["sessionId"]!.GetValue<Guid>();
                var seat = await lee.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/participants", new { name = "Sam" }, HttpStatusCode.Created);
                await sam.Send(HttpMethod.Post, $"/api/seats/{seat["seatCode"]!.GetValue<string>()}/claim", null, HttpStatusCode.OK);
                await lee.Send(HttpMethod.Put, $"/api/sessions/{sessionId}/notes", new { notes = $"lee-note-{i}" }, HttpStatusCode.OK);
                sessionIds.Add(sessionId);
            }

            (leeKey, samKey) = (lee.AccessKey, sam.AccessKey);

            // The deletion's answer never comes: the host is killed once the first session has closed.
            var deletion = lee.Http.DeleteAsync(new Uri($"/api/practice/households/{householdId}", UriKind.Relative));
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while ((await sam.SendRaw(HttpMethod.Get, $"/api/sessions/{sessionIds[0]}", null)).Status == HttpStatusCode.OK && DateTime.UtcNow < deadline)
            {
            }

            host.Kill();
            try
            {
                using var _ = await deletion;
            }
            catch (HttpRequestException)
            {
                // Cut off by the kill, as expected.
            }
        }

        await using var restarted = await HostProcess.Start(settings, siloPort: siloPort);
        var leeAgain = new AuditClient(restarted.CreateClient());
        leeAgain.UseKey(leeKey);
        var samAgain = new AuditClient(restarted.CreateClient());
        samAgain.UseKey(samKey);

        // The restart finishes what the kill cut short, before the counsellor comes back: every session closes for Sam.
        var finishedBy = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < finishedBy && (await samAgain.SendRaw(HttpMethod.Get, $"/api/sessions/{sessionIds[^1]}", null)).Status == HttpStatusCode.OK)
        {
            await Task.Delay(200);
        }

        foreach (var sessionId in sessionIds)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await samAgain.SendRaw(HttpMethod.Get, $"/api/sessions/{sessionId}", null)).Status);
        }

        // The counsellor's home never shows the household again.
        Assert.Empty((await leeAgain.Send(HttpMethod.Get, "/api/practice", null, HttpStatusCode.OK))["households"]!.AsArray());
        foreach (var sessionId in sessionIds)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await leeAgain.SendRaw(HttpMethod.Get, $"/api/sessions/{sessionId}", null)).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await samAgain.SendRaw(HttpMethod.Get, $"/api/sessions/{sessionId}", null)).Status);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await leeAgain.SendRaw(HttpMethod.Delete, $"/api/practice/households/{householdId}", null)).Status);
        var export = await leeAgain.Http.GetStringAsync(new Uri("/api/practice/export", UriKind.Relative));
        Assert.DoesNotContain("The Parks", export, StringComparison.Ordinal);
        Assert.DoesNotContain("lee-note", export, StringComparison.Ordinal);
    }
}
