using System.Data.Common;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Npgsql;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Audits;

/// <summary>
/// SIGKILL right after an acknowledgement (or, for the archive move, between a grain's two writes), then a restart on
/// the same storage: everything acknowledged is there, nothing is there twice. On SQLite and on PostgreSQL (fsync on).
/// </summary>
public sealed class CrashTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private static readonly TimeSpan ExitBound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_submit_acknowledged_just_before_SIGKILL_is_there_after_a_restart()
    {
        using var folder = new TempFolder();
        var settings = new Dictionary<string, string> { ["ConnectionStrings:Reciprocity"] = folder.SqliteConnectionString };
        Guid relationshipId;
        string alexKey, samKey;

        await using (var host = await HostProcess.Start(settings))
        {
            var alex = await AuditClient.Create(host.CreateClient(), "Alex");
            var sam = await AuditClient.Create(host.CreateClient(), "Sam");
            (relationshipId, var code) = await alex.StartRelationship("Sam");
            await sam.Accept(code);
            await alex.SaveDraft(relationshipId, AuditClient.Perspective("before-the-crash"));
            await sam.SaveDraft(relationshipId, AuditClient.Perspective("sam", overall: 4));
            await alex.Submit(relationshipId);
            await sam.Submit(relationshipId);
            host.Kill();
            (alexKey, samKey) = (alex.AccessKey, sam.AccessKey);
        }

        await using var restarted = await HostProcess.Start(settings);
        var alexAgain = new AuditClient(restarted.CreateClient());
        alexAgain.UseKey(alexKey);
        var view = await alexAgain.View(relationshipId);
        Assert.Equal("submitted", view["round"]!["myStatus"]!.GetValue<string>());
        Assert.True(view["round"]!["revealed"]!.GetValue<bool>());
        Assert.Equal("sam initiation", view["round"]!["reveal"]!["theirs"]!["dimensions"]!["initiation"]!["note"]!.GetValue<string>());
        Assert.Equal("before-the-crash initiation", view["round"]!["myDraft"]!["dimensions"]!["initiation"]!["note"]!.GetValue<string>());
        var samAgain = new AuditClient(restarted.CreateClient());
        samAgain.UseKey(samKey);
        Assert.Equal(view["round"]!["reveal"]!["revealedAt"]!.ToJsonString(), (await samAgain.View(relationshipId))["round"]!["reveal"]!["revealedAt"]!.ToJsonString());
    }

    [Fact]
    public async Task Drafts_acknowledged_while_many_writes_are_in_flight_survive_a_SIGKILL()
    {
        // Sixteen people save drafts as fast as they can, so writes share commits; the host is killed mid-stream.
        const int writers = 16;
        const int killAfter = 400;
        using var folder = new TempFolder();
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Reciprocity"] = folder.SqliteConnectionString,
            ["RateLimits:CreationsPerMinute"] = "1000",
        };
        var acknowledged = new int[writers];
        var total = 0;
        var enoughAcknowledged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var people = new (string Key, Guid RelationshipId)[writers];

        await using (var host = await HostProcess.Start(settings))
        {
            var clients = await Task.WhenAll(Enumerable.Range(0, writers).Select(async i =>
            {
                var person = await AuditClient.Create(host.CreateClient(), $"Writer {i}");
                var (relationshipId, _) = await person.StartRelationship("Partner");
                people[i] = (person.AccessKey, relationshipId);
                return person;
            }));

            using var stop = new CancellationTokenSource();
            var loops = clients.Select((person, i) => Task.Run(async () =>
            {
                for (var n = 1; !stop.IsCancellationRequested; n++)
                {
                    try
                    {
                        await person.SaveDraft(people[i].RelationshipId, AuditClient.Perspective($"w{i}-{n}"));
                    }
                    catch (HttpRequestException)
                    {
                        return; // the host is gone: this write's answer never came
                    }

                    Volatile.Write(ref acknowledged[i], n);
                    if (Interlocked.Increment(ref total) == killAfter)
                    {
                        enoughAcknowledged.TrySetResult();
                    }
                }
            })).ToArray();

            await enoughAcknowledged.Task.WaitAsync(TimeSpan.FromSeconds(60));
            host.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(loops).WaitAsync(TimeSpan.FromSeconds(60));
        }

        await using var restarted = await HostProcess.Start(settings);
        for (var i = 0; i < writers; i++)
        {
            var person = new AuditClient(restarted.CreateClient());
            person.UseKey(people[i].Key);
            var note = (await person.View(people[i].RelationshipId))["round"]!["myDraft"]!["dimensions"]!["initiation"]!["note"]!.GetValue<string>();
            var stored = int.Parse(note["w".Length..note.IndexOf(' ', StringComparison.Ordinal)].Split('-')[1], System.Globalization.CultureInfo.InvariantCulture);

            // The last acknowledged draft, or the one after it, whose commit landed but whose answer the kill cut off.
            Assert.InRange(stored, acknowledged[i], acknowledged[i] + 1);
        }
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_lone_submit_acknowledged_just_before_SIGKILL_stays_sealed_and_unrevealed_after_a_restart(string provider)
    {
        using var folder = new TempFolder();
        var settings = await Storage(provider, folder);
        Guid relationshipId;
        string alexKey, samKey;
        await using (var host = await HostProcess.Start(settings))
        {
            var alex = await AuditClient.Create(host.CreateClient(), "Alex");
            var sam = await AuditClient.Create(host.CreateClient(), "Sam");
            (relationshipId, var code) = await alex.StartRelationship("Sam");
            await sam.Accept(code);
            await sam.SaveDraft(relationshipId, new { dimensions = new { depth = new { score = 3, note = "sam half-way" } } });
            await alex.SaveDraft(relationshipId, AuditClient.Perspective("alex-sealed"));
            await alex.Submit(relationshipId);
            host.Kill();
            (alexKey, samKey) = (alex.AccessKey, sam.AccessKey);
        }

        await using var restarted = await HostProcess.Start(settings);
        var alexAgain = Client(restarted, alexKey);
        var samAgain = Client(restarted, samKey);
        var alexView = (await alexAgain.View(relationshipId))["round"]!;
        Assert.Equal("submitted", alexView["myStatus"]!.GetValue<string>());
        Assert.False(alexView["revealed"]!.GetValue<bool>());
        Assert.Equal("alex-sealed initiation", Note(alexView["myDraft"]!));
        var samView = (await samAgain.View(relationshipId)).ToJsonString();
        Assert.DoesNotContain("alex-sealed", samView, StringComparison.Ordinal);
        Assert.Equal("submitted", JsonNode.Parse(samView)!["round"]!["partnerStatus"]!.GetValue<string>());
        Assert.Equal("sam half-way", JsonNode.Parse(samView)!["round"]!["myDraft"]!["dimensions"]!["depth"]!["note"]!.GetValue<string>());

        // The seal held: Sam's submit now reveals Alex's perspective as it was acknowledged.
        await samAgain.SaveDraft(relationshipId, AuditClient.Perspective("sam", overall: 4));
        var revealed = (await samAgain.Submit(relationshipId))["round"]!;
        Assert.True(revealed["revealed"]!.GetValue<bool>());
        Assert.Equal("alex-sealed initiation", Note(revealed["reveal"]!["theirs"]!));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_new_round_acknowledged_just_before_SIGKILL_is_the_current_round_after_a_restart(string provider)
    {
        using var folder = new TempFolder();
        var settings = await Storage(provider, folder);
        Guid relationshipId;
        string alexKey, samKey, firstReveal;
        await using (var host = await HostProcess.Start(settings))
        {
            var alex = await AuditClient.Create(host.CreateClient(), "Alex");
            var sam = await AuditClient.Create(host.CreateClient(), "Sam");
            (relationshipId, var code) = await alex.StartRelationship("Sam");
            await sam.Accept(code);
            await RevealRound(alex, sam, relationshipId, 1);
            firstReveal = (await alex.View(relationshipId))["history"]!.ToJsonString();
            var started = await alex.Send(HttpMethod.Post, $"/api/relationships/{relationshipId}/rounds", null, HttpStatusCode.OK);
            Assert.Equal(2, started["round"]!["number"]!.GetValue<int>());
            host.Kill();
            (alexKey, samKey) = (alex.AccessKey, sam.AccessKey);
        }

        await using var restarted = await HostProcess.Start(settings);
        var alexAgain = Client(restarted, alexKey);
        var samAgain = Client(restarted, samKey);
        foreach (var person in new[] { alexAgain, samAgain })
        {
            var view = await person.View(relationshipId);
            Assert.Equal(2, view["round"]!["number"]!.GetValue<int>());
            Assert.False(view["round"]!["revealed"]!.GetValue<bool>());
            Assert.Equal("notStarted", view["round"]!["myStatus"]!.GetValue<string>());
            Assert.Single(view["history"]!.AsArray());
        }

        Assert.Equal(firstReveal, (await alexAgain.View(relationshipId))["history"]!.ToJsonString());

        // Round 2 is the one in progress: it takes drafts, and another new round is refused until it is revealed.
        var (status, _) = await alexAgain.SendRaw(HttpMethod.Post, $"/api/relationships/{relationshipId}/rounds", null);
        Assert.Equal(HttpStatusCode.Conflict, status);
        await RevealRound(alexAgain, samAgain, relationshipId, 2);
        Assert.Equal([1, 2], (await alexAgain.View(relationshipId))["history"]!.AsArray().Select(r => r!["number"]!.GetValue<int>()));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_key_rotation_acknowledged_just_before_SIGKILL_leaves_the_old_key_dead_after_a_restart(string provider)
    {
        using var folder = new TempFolder();
        var settings = await Storage(provider, folder);
        string oldKey, newKey;
        await using (var host = await HostProcess.Start(settings))
        {
            var alex = await AuditClient.Create(host.CreateClient(), "Alex");
            oldKey = alex.AccessKey;
            await alex.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK);
            newKey = (await alex.Send(HttpMethod.Post, "/api/me/key", null, HttpStatusCode.OK))["accessKey"]!.GetValue<string>();
            host.Kill();
        }

        await using var restarted = await HostProcess.Start(settings);
        var withOld = Client(restarted, oldKey);
        var withNew = Client(restarted, newKey);
        Assert.Equal(HttpStatusCode.Unauthorized, (await withOld.SendRaw(HttpMethod.Get, "/api/me", null)).Status);
        Assert.Equal("Alex", (await withNew.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK))["displayName"]!.GetValue<string>());

        // Still dead once the new key has been confirmed on this host.
        Assert.Equal(HttpStatusCode.Unauthorized, (await withOld.SendRaw(HttpMethod.Get, "/api/me", null)).Status);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_SIGKILL_in_the_middle_of_moving_rounds_to_the_archive_loses_no_round_and_shows_none_twice(string provider)
    {
        // The history row holds 16 rounds at most; the 16th reveal moves all 16 to a new archive row, "archive-1"
        // (written first), then rewrites the history row empty. The host kills itself right after the archive row is stored.
        const int full = 16;
        using var folder = new TempFolder();
        var settings = await Storage(provider, folder);
        Guid relationshipId;
        string alexKey, samKey;
        await using (var host = await HostProcess.Start(new Dictionary<string, string>(settings) { ["Testing:KillAfterStoring"] = "archive-1" }))
        {
            var alex = await AuditClient.Create(host.CreateClient(), "Alex");
            var sam = await AuditClient.Create(host.CreateClient(), "Sam");
            (relationshipId, var code) = await alex.StartRelationship("Sam");
            await sam.Accept(code);
            for (var round = 1; round < full; round++)
            {
                await RevealRound(alex, sam, relationshipId, round);
                await alex.Send(HttpMethod.Post, $"/api/relationships/{relationshipId}/rounds", null, HttpStatusCode.OK);
            }

            await alex.SaveDraft(relationshipId, AuditClient.Perspective($"r{full}-alex"));
            await sam.SaveDraft(relationshipId, AuditClient.Perspective($"r{full}-sam", overall: 4));
            await alex.Submit(relationshipId);
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => sam.Submit(relationshipId));
            Assert.NotEqual(0, await host.Exited(ExitBound));
            (alexKey, samKey) = (alex.AccessKey, sam.AccessKey);
        }

        // It stopped between the two writes: the archive row written once, the history row not rewritten since the 32nd reveal.
        Assert.Equal(new Dictionary<string, long> { ["archive-1"] = 1, ["history"] = full }, await Versions(provider, settings));

        await using var restarted = await HostProcess.Start(settings);
        var alexAgain = Client(restarted, alexKey);
        var samAgain = Client(restarted, samKey);
        await AssertHistory(alexAgain, relationshipId, full);
        await AssertHistory(samAgain, relationshipId, full, me: "sam", them: "alex");

        // The next reveal finishes the move (writing "archive-1" over), and still every round is there once.
        await alexAgain.Send(HttpMethod.Post, $"/api/relationships/{relationshipId}/rounds", null, HttpStatusCode.OK);
        await RevealRound(alexAgain, samAgain, relationshipId, full + 1);
        await AssertHistory(alexAgain, relationshipId, full + 1);
        Assert.Equal(new Dictionary<string, long> { ["archive-1"] = 2, ["history"] = full + 2 }, await Versions(provider, settings));
    }

    /// <summary>
    /// The storage, and the silo's ports: a restarted host comes back on the same ones, as a restarted container does.
    /// (On PostgreSQL that is also what lets the new silo declare its killed predecessor dead at once; a silo on another
    /// endpoint waits until the dead entry's heartbeats are missed, 90 s by default.)
    /// </summary>
    private async Task<Dictionary<string, string>> Storage(string provider, TempFolder folder)
    {
        var settings = provider == "Sqlite"
            ? new Dictionary<string, string> { ["ConnectionStrings:Reciprocity"] = folder.SqliteConnectionString }
            : new Dictionary<string, string> { ["Storage:Provider"] = "Postgres", ["ConnectionStrings:Reciprocity"] = await postgres.CreateDatabaseAsync() };
        settings["Orleans:SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return settings;
    }

    private static AuditClient Client(HostProcess host, string key)
    {
        var client = new AuditClient(host.CreateClient());
        client.UseKey(key);
        return client;
    }

    private static async Task RevealRound(AuditClient alex, AuditClient sam, Guid relationshipId, int round)
    {
        await alex.SaveDraft(relationshipId, AuditClient.Perspective($"r{round}-alex"));
        await sam.SaveDraft(relationshipId, AuditClient.Perspective($"r{round}-sam", overall: 4));
        await alex.Submit(relationshipId);
        Assert.True((await sam.Submit(relationshipId))["round"]!["revealed"]!.GetValue<bool>());
    }

    private static async Task AssertHistory(AuditClient client, Guid relationshipId, int rounds, string me = "alex", string them = "sam")
    {
        var page = await client.Send(HttpMethod.Get, $"/api/relationships/{relationshipId}/history?limit=50", null, HttpStatusCode.OK);
        Assert.Equal(rounds, page["total"]!.GetValue<int>());
        var history = page["rounds"]!.AsArray();
        Assert.Equal(Enumerable.Range(1, rounds), history.Select(r => r!["number"]!.GetValue<int>()));
        Assert.All(history, r =>
        {
            var number = r!["number"]!.GetValue<int>();
            Assert.Equal($"r{number}-{me} initiation", Note(r["mine"]!));
            Assert.Equal($"r{number}-{them} initiation", Note(r["theirs"]!));
        });
    }

    private static string Note(JsonNode perspective) => perspective["dimensions"]!["initiation"]!["note"]!.GetValue<string>();

    /// <summary>How often each history row was written: its version, straight from the database.</summary>
    private static async Task<Dictionary<string, long>> Versions(string provider, Dictionary<string, string> settings)
    {
        await using DbConnection connection = provider == "Sqlite"
            ? new SqliteConnection(settings["ConnectionStrings:Reciprocity"] + ";Pooling=False")
            : new NpgsqlConnection(settings["ConnectionStrings:Reciprocity"]);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT GrainType, Version FROM ReciprocityGrainState WHERE GrainType IN ('archive', 'archive-1', 'history');";
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new Dictionary<string, long>();
        while (await reader.ReadAsync())
        {
            versions[reader.GetString(0)] = Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
        }

        return versions;
    }
}
