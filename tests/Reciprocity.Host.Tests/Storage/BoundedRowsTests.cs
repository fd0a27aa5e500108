using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Storage;

/// <summary>
/// No small change rewrites more than a bounded amount of stored state (issue 26): a small thing on round 1 of a long
/// history, or the reveal that moves older rounds out of the history row, writes a few small rows, never the archive of
/// every older round; and a database written before these rows existed still reads whole and takes new traces.
/// </summary>
public sealed class BoundedRowsTests
{
    private const int Rounds = 80;

    [Fact]
    public async Task A_small_thing_on_round_1_and_the_reveal_that_archives_rewrite_only_bounded_rows()
    {
        using var folder = new TempFolder();
        await using var factory = await new ReciprocityFactory(folder.SqliteConnectionString).Ready();
        var alex = await AuditClient.Create(factory.CreateClient(), "Alex");
        var sam = await AuditClient.Create(factory.CreateClient(), "Sam");
        var (relationshipId, code) = await alex.StartRelationship("Sam");
        await sam.Accept(code);
        for (var round = 1; round < Rounds; round++)
        {
            await RevealRound(alex, sam, relationshipId, round);

            // Every reveal rewrites the history row whole, so it stays small: its 16th round moves them all on (issue 22).
            var held = await RoundsInHistoryRow(folder);
            Assert.True(held < 16, $"after the reveal of round {round} the history row holds {held} rounds");
            await alex.Step(relationshipId, "rounds");
        }

        // The 80th reveal fills the history row (16 rounds) and moves them all out: every round is archived then.
        var before = await Rows(folder);
        await RevealRound(alex, sam, relationshipId, Rounds);
        var (written, stored) = Written(before, await Rows(folder));
        Assert.True(written * 2 < stored, $"the reveal that moved rounds to the archive wrote {written} of the {stored} bytes stored");

        before = await Rows(folder);
        await alex.Send(HttpMethod.Put, $"/api/relationships/{relationshipId}/rounds/1/small-thing", new { text = "x" }, HttpStatusCode.OK);
        (written, stored) = Written(before, await Rows(folder));
        Assert.True(written < 2_000, $"a one-character small thing on round 1 wrote {written} of the {stored} bytes stored");

        var page = await alex.Send(HttpMethod.Get, $"/api/relationships/{relationshipId}/history?before=2&limit=1", null, HttpStatusCode.OK);
        Assert.Equal("x", page["rounds"]![0]!["smallThings"]![alex.PersonId.ToString()]!.GetValue<string>());
    }

    [Fact]
    public async Task A_database_written_before_bounded_rows_reads_whole_and_takes_new_traces_and_rounds()
    {
        // Written by scripts in WrittenBefore/ with the code of commit ecf76b4: 40 rounds, 1–16 in the one "archive"
        // row, a small thing on round 1 (archived) and thanks on round 39, all inside the rows of rounds.
        var fixture = Path.Combine(AppContext.BaseDirectory, "Storage", "WrittenBefore");
        var written = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(fixture, "written-by-today.json")))!;
        var historyBefore = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(fixture, "history-before.json")))!;
        var relationshipId = written["relationshipId"]!.GetValue<Guid>();
        using var folder = new TempFolder();
        File.Copy(Path.Combine(fixture, "reciprocity.db"), Path.Combine(folder.Path, "reciprocity.db"));
        var archiveVersion = (await Rows(folder)).Single(row => row.Key.Type == "archive").Value.Version;

        await using (var factory = await new ReciprocityFactory(folder.SqliteConnectionString).Ready())
        {
            var alex = Client(factory, written["alexKey"]!.GetValue<string>());
            var sam = Client(factory, written["samKey"]!.GetValue<string>());
            var history = await alex.Send(HttpMethod.Get, $"/api/relationships/{relationshipId}/history?limit=50", null, HttpStatusCode.OK);
            Assert.True(JsonNode.DeepEquals(historyBefore, history), $"the history read back differs:\n{history.ToJsonString()}");

            // New traces on an archived round and on a recent one, then rounds 41–48: the 41st reveal moves 25 rounds
            // (17–41: the old history row held 24) to "archive-1".
            await sam.Send(HttpMethod.Put, $"/api/relationships/{relationshipId}/rounds/1/small-thing", new { text = "sam, later" }, HttpStatusCode.OK);
            await alex.Send(HttpMethod.Put, $"/api/relationships/{relationshipId}/rounds/39/appreciation", new { text = "alex, later" }, HttpStatusCode.OK);
            for (var round = 41; round <= 48; round++)
            {
                await alex.Step(relationshipId, "rounds");
                await RevealRound(alex, sam, relationshipId, round);
            }
        }

        await using var restarted = await new ReciprocityFactory(folder.SqliteConnectionString).Ready();
        var alexAgain = Client(restarted, written["alexKey"]!.GetValue<string>());
        var whole = await alexAgain.Send(HttpMethod.Get, $"/api/relationships/{relationshipId}/history?limit=50", null, HttpStatusCode.OK);
        var rounds = whole["rounds"]!.AsArray();
        Assert.Equal(Enumerable.Range(1, 48), rounds.Select(r => r!["number"]!.GetValue<int>()));
        Assert.Equal(Enumerable.Range(1, 48).Select(r => $"r{r}-alex "), rounds.Select((r, i) => r!["mine"]!["dimensions"]!["initiation"]!["note"]!.GetValue<string>()[..$"r{i + 1}-alex ".Length]));
        var alexId = written["alexId"]!.GetValue<string>();
        var samId = written["samId"]!.GetValue<string>();
        Assert.Equal("r1 small thing, archived", rounds[0]!["smallThings"]![alexId]!.GetValue<string>());
        Assert.Equal("sam, later", rounds[0]!["smallThings"]![samId]!.GetValue<string>());
        Assert.Equal("r39 thanks", rounds[38]!["appreciations"]![samId]!.GetValue<string>());
        Assert.Equal("alex, later", rounds[38]!["appreciations"]![alexId]!.GetValue<string>());

        // The old archive row was read, never rewritten: neither traces nor the move touched it.
        Assert.Equal(archiveVersion, (await Rows(folder)).Single(row => row.Key.Type == "archive").Value.Version);
    }

    private static AuditClient Client(ReciprocityFactory factory, string key)
    {
        var client = new AuditClient(factory.CreateClient());
        client.UseKey(key);
        return client;
    }

    private static async Task RevealRound(AuditClient alex, AuditClient sam, Guid relationshipId, int round)
    {
        // About 2 KB of notes each, so each round's size is plain in the rows.
        var words = new string('w', 500);
        await alex.SaveDraft(relationshipId, AuditClient.Perspective($"r{round}-alex {words}"));
        await sam.SaveDraft(relationshipId, AuditClient.Perspective($"r{round}-sam {words}", overall: 4));
        await alex.Submit(relationshipId);
        Assert.True((await sam.Submit(relationshipId))["round"]!["revealed"]!.GetValue<bool>());
    }

    /// <summary>The bytes of the rows whose version changed, and of every row.</summary>
    private static (long Written, long Stored) Written(Dictionary<RowKey, (long Version, long Bytes)> before, Dictionary<RowKey, (long Version, long Bytes)> after) =>
        (after.Where(row => !before.TryGetValue(row.Key, out var was) || was.Version != row.Value.Version).Sum(row => row.Value.Bytes),
         after.Sum(row => row.Value.Bytes));

    /// <summary>How many rounds the history row holds: the distinct round markers (RevealRound's notes) in its payload.</summary>
    private static async Task<int> RoundsInHistoryRow(TempFolder folder)
    {
        await using var connection = new SqliteConnection(folder.SqliteConnectionString + ";Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Payload FROM ReciprocityGrainState WHERE GrainType = 'history';";
        var payload = await command.ExecuteScalarAsync() as byte[] ?? [];
        return Regex.Matches(Encoding.Latin1.GetString(payload), "r([0-9]+)-alex ").Select(match => match.Groups[1].Value).Distinct().Count();
    }

    private static async Task<Dictionary<RowKey, (long Version, long Bytes)>> Rows(TempFolder folder)
    {
        await using var connection = new SqliteConnection(folder.SqliteConnectionString + ";Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT GrainType, GrainIdN0, GrainIdN1, Version, coalesce(length(Payload), 0) FROM ReciprocityGrainState;";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new Dictionary<RowKey, (long, long)>();
        while (await reader.ReadAsync())
        {
            rows[new RowKey(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2))] = (reader.GetInt64(3), reader.GetInt64(4));
        }

        return rows;
    }

    private sealed record RowKey(string Type, long N0, long N1);
}
