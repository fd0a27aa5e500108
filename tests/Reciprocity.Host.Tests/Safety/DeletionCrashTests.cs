using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Safety;

/// <summary>
/// Issue 24, item 5: a deletion is a promise once asked. SIGKILL part-way through <c>DELETE /api/me</c>, then a restart
/// on the same storage: the key is refused at once, and the service finishes the deletion by itself, with no call
/// from the person. On SQLite and on PostgreSQL; on SQLite, the disk (file, free space, WAL) then holds no byte of the
/// deleted words either (issue 26, item 5).
/// </summary>
public sealed class DeletionCrashTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private const int Relationships = 40;

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_deletion_stopped_by_SIGKILL_refuses_the_key_and_is_finished_after_a_restart(string provider)
    {
        using var folder = new TempFolder();
        var settings = provider == "Sqlite"
            ? new Dictionary<string, string> { ["ConnectionStrings:Reciprocity"] = folder.SqliteConnectionString }
            : new Dictionary<string, string> { ["Storage:Provider"] = "Postgres", ["ConnectionStrings:Reciprocity"] = await postgres.CreateDatabaseAsync() };
        var relationshipIds = new List<Guid>();
        string samKey, patKey;
        // The restarted host takes the killed one's silo port: a newer silo at the same address supersedes the dead one at
        // once, where a silo at another address would wait for the dead one to be voted out of the cluster's membership.
        var siloPort = FreePort.Next();

        await using (var host = await HostProcess.Start(settings, siloPort: siloPort))
        {
            var sam = await AuditClient.Create(host.CreateClient(), "Sam");
            var pat = await AuditClient.Create(host.CreateClient(), "Pat");
            for (var i = 0; i < Relationships; i++)
            {
                var (relationshipId, code) = await sam.StartRelationship("Pat");
                await pat.Accept(code);
                await sam.SaveDraft(relationshipId, AuditClient.Perspective($"sam-words-{i}"));
                relationshipIds.Add(relationshipId);
            }

            (samKey, patKey) = (sam.AccessKey, pat.AccessKey);

            // The deletion's answer never comes: the host is killed once Sam has left the first relationship.
            var deletion = sam.Http.DeleteAsync(new Uri("/api/me", UriKind.Relative));
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!await Left(pat, relationshipIds[0]) && DateTime.UtcNow < deadline)
            {
            }

            // From the moment the deletion was asked, the key is refused: at once, not after the deletion.
            using (var during = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(5) })
            {
                during.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", samKey);
                using var refused = await during.GetAsync(new Uri("/api/me", UriKind.Relative));
                Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
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
        using var samAgain = restarted.CreateClient();
        samAgain.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", samKey);
        using (var me = await samAgain.GetAsync(new Uri("/api/me", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        }

        // Nobody asks Sam's deletion to go on: the restarted service finishes it by itself.
        var patAgain = new AuditClient(restarted.CreateClient());
        patAgain.UseKey(patKey);
        var finishBy = DateTime.UtcNow.AddSeconds(60);
        var remaining = relationshipIds.ToList();
        while (remaining.Count > 0 && DateTime.UtcNow < finishBy)
        {
            remaining = [.. await NotYetLeft(patAgain, remaining)];
            if (remaining.Count > 0)
            {
                await Task.Delay(200);
            }
        }

        Assert.Empty(remaining);
        foreach (var relationshipId in relationshipIds)
        {
            Assert.DoesNotContain("sam-words", (await patAgain.View(relationshipId)).ToJsonString(), StringComparison.Ordinal);
        }

        using var again = await samAgain.GetAsync(new Uri("/api/me", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);

        if (provider == "Sqlite")
        {
            // The finished deletion's erasure runs by itself too; nobody else deletes anything meanwhile.
            var cleanBy = DateTime.UtcNow.AddSeconds(30);
            var left = StoredBytes.Count(StoredBytes.Of(folder.Path), "sam-words");
            while (left > 0 && DateTime.UtcNow < cleanBy)
            {
                await Task.Delay(200);
                left = StoredBytes.Count(StoredBytes.Of(folder.Path), "sam-words");
            }

            Assert.True(left == 0, $"{left} copies of Sam's words are still on disk after the restart");
        }
    }

    private static async Task<bool> Left(AuditClient pat, Guid relationshipId) =>
        (await pat.View(relationshipId))["partner"]?["left"]?.GetValue<bool>() == true;

    private static async Task<IEnumerable<Guid>> NotYetLeft(AuditClient pat, IEnumerable<Guid> relationshipIds)
    {
        var left = new List<Guid>();
        foreach (var relationshipId in relationshipIds)
        {
            if (!await Left(pat, relationshipId))
            {
                left.Add(relationshipId);
            }
        }

        return left;
    }
}
