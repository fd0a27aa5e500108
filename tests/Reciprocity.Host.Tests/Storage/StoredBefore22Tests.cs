using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Storage;

/// <summary>
/// Issue 22 gave a round's drafts and seals, and each revealed round's perspectives and traces, new stored fields.
/// Rows written by the code before it (WrittenBefore22/, see its make.sh) must read as they did, finish the rounds
/// they were in the middle of, and be written back in the new shape.
/// </summary>
public sealed class StoredBefore22Tests
{
    [Fact]
    public async Task Rounds_stored_in_the_middle_before_issue_22_read_the_same_and_finish()
    {
        var fixture = Path.Combine(AppContext.BaseDirectory, "Storage", "WrittenBefore22");
        var written = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(fixture, "written.json")))!;
        var viewsBefore = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(fixture, "views-before.json")))!;
        var (mid, together) = (written["mid"]!.GetValue<Guid>(), written["together"]!.GetValue<Guid>());
        using var folder = new TempFolder();
        File.Copy(Path.Combine(fixture, "reciprocity.db"), Path.Combine(folder.Path, "reciprocity.db"));
        var versionsBefore = await Versions(folder, "relationship");

        await using (var factory = await new ReciprocityFactory(folder.SqliteConnectionString).Ready())
        {
            var alex = Client(factory, written["alexKey"]!.GetValue<string>());
            var sam = Client(factory, written["samKey"]!.GetValue<string>());
            foreach (var (who, client) in new[] { ("alex", alex), ("sam", sam) })
            {
                foreach (var (name, id) in new[] { ("mid", mid), ("together", together) })
                {
                    var read = await client.View(id);
                    Assert.True(JsonNode.DeepEquals(viewsBefore[$"{who}-{name}"], read), $"{who}'s view of {name} differs:\n{read.ToJsonString()}");
                }
            }

            // Sam's saved draft seals and opens round 3 (Alex's seal was withdrawn and given again); Sam's "open it now" opens the other.
            var revealed = await sam.Submit(mid);
            Assert.True(revealed["round"]!["revealed"]!.GetValue<bool>());
            Assert.Equal("r3-alex initiation", revealed["round"]!["reveal"]!["theirs"]!["dimensions"]!["initiation"]!["note"]!.GetValue<string>());
            Assert.Equal(3, revealed["round"]!["reveal"]!["mine"]!["overall"]!.GetValue<int>());
            var opened = await sam.Step(together, "confirm");
            Assert.True(opened["round"]!["revealed"]!.GetValue<bool>());
            Assert.Equal("t1-alex initiation", opened["round"]!["reveal"]!["theirs"]!["dimensions"]!["initiation"]!["note"]!.GetValue<string>());
            await alex.Step(mid, "rounds");
            await alex.SaveDraft(mid, AuditClient.Perspective("r4-alex"));
            await alex.Step(together, "rounds");
        }

        // Written back in the new shape, and read back whole by a fresh host.
        var versionsAfter = await Versions(folder, "relationship");
        Assert.All(versionsBefore, row => Assert.True(versionsAfter[row.Key] > row.Value, "a relationship row was not written again"));
        await using var restarted = await new ReciprocityFactory(folder.SqliteConnectionString).Ready();
        var alexAgain = Client(restarted, written["alexKey"]!.GetValue<string>());
        var history = (await alexAgain.Send(HttpMethod.Get, $"/api/relationships/{mid}/history?limit=50", null, HttpStatusCode.OK))["rounds"]!.AsArray();
        Assert.Equal([1, 2, 3], history.Select(r => r!["number"]!.GetValue<int>()));
        Assert.Equal(["r1-sam initiation", "r2-sam initiation", "r3-sam initiation"], history.Select(r => r!["theirs"]!["dimensions"]!["initiation"]!["note"]!.GetValue<string>()));
        Assert.Equal("r1 thanks", history[0]!["appreciations"]![written["samId"]!.GetValue<string>()]!.GetValue<string>());
        var view = await alexAgain.View(mid);
        Assert.Equal((4, "inProgress", "notStarted"), (view["round"]!["number"]!.GetValue<int>(), view["round"]!["myStatus"]!.GetValue<string>(), view["round"]!["partnerStatus"]!.GetValue<string>()));
        Assert.Equal("r4-alex initiation", view["round"]!["myDraft"]!["dimensions"]!["initiation"]!["note"]!.GetValue<string>());
        var togetherView = await alexAgain.View(together);
        Assert.Equal(2, togetherView["round"]!["number"]!.GetValue<int>());
        Assert.Equal(["t1-sam initiation"], togetherView["history"]!.AsArray().Select(r => r!["theirs"]!["dimensions"]!["initiation"]!["note"]!.GetValue<string>()));
    }

    private static AuditClient Client(ReciprocityFactory factory, string key)
    {
        var client = new AuditClient(factory.CreateClient());
        client.UseKey(key);
        return client;
    }

    private static async Task<Dictionary<(long, long), long>> Versions(TempFolder folder, string grainType)
    {
        await using var connection = new SqliteConnection(folder.SqliteConnectionString + ";Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT GrainIdN0, GrainIdN1, Version FROM ReciprocityGrainState WHERE GrainType = $type;";
        command.Parameters.AddWithValue("$type", grainType);
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new Dictionary<(long, long), long>();
        while (await reader.ReadAsync())
        {
            versions[(reader.GetInt64(0), reader.GetInt64(1))] = reader.GetInt64(2);
        }

        return versions;
    }
}
