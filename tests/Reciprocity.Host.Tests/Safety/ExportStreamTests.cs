using System.Net;
using System.Text.Json.Nodes;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Safety;

/// <summary>
/// The export streams (issue 26): the host writes it relationship by relationship as it reads them, held back while the
/// reader is behind, instead of gathering it whole first; its shape stays as documented.
/// </summary>
public sealed class ExportStreamTests
{
    private const string Marker = "zq-written-while-the-export-was-being-read";

    [Fact]
    public async Task The_export_is_read_relationship_by_relationship_as_it_is_written()
    {
        using var folder = new TempFolder();
        await using var factory = await new ReciprocityFactory(folder.SqliteConnectionString).Ready();
        var alex = await AuditClient.Create(factory.CreateClient(), "Alex");
        var relationships = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            // Each relationship's view is well over the 64 KiB a response holds before the writer waits for its reader.
            var id = await alex.StartRelationship($"Friend {i}", solo: true);
            relationships.Add(id);
            for (var round = 1; round <= 3; round++)
            {
                if (round > 1)
                {
                    await alex.Step(id, "rounds");
                }

                await alex.SaveDraft(id, Long($"r{round}"));
                await alex.Submit(id);
            }

            await alex.Step(id, "rounds");
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me/export");
        using var response = await alex.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("reciprocity-export.json", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        // The answer has begun; what is written into the relationships now shows in those not read yet.
        foreach (var id in relationships)
        {
            await alex.SaveDraft(id, new { dimensions = new { depth = new { score = 3, note = Marker } } });
        }

        var export = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(["exportedAt", "person", "relationships", "sessions"], export.Select(p => p.Key));
        Assert.Equal("Alex", export["person"]!["displayName"]!.GetValue<string>());
        var views = export["relationships"]!.AsArray();
        Assert.Equal(3, views.Count);
        Assert.All(views, view => Assert.Equal(3, view!["history"]!.AsArray().Count));
        Assert.Contains(views, view => view!.ToJsonString().Contains(Marker, StringComparison.Ordinal));
        Assert.DoesNotContain(Marker, views[0]!.ToJsonString(), StringComparison.Ordinal);
    }

    private static object Long(string marker)
    {
        var words = marker + " " + new string('w', 1_990);
        var picture = new { kind = "boundary", text = marker + " " + new string('p', 3_990) };
        var rating = new { score = 2, leans = "me", note = words, picture };
        return new
        {
            dimensions = new { initiation = rating, depth = rating, crisisResponse = rating, maintenance = rating },
            overall = 2,
            picture = new { kind = "mutualPattern", text = marker + " " + new string('m', 3_990) },
            season = new { kind = "grief", note = words },
        };
    }
}
