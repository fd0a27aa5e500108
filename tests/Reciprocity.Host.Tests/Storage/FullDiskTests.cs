using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Reciprocity.Storage;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Storage;

/// <summary>
/// A database that cannot grow, as on a full disk: SQLite answers SQLITE_FULL ("database or disk is full") to every
/// write that needs a new page. The file is held at its size with SQLite's own max_page_count on the writer connection
/// (<see cref="StorageTestHooks.SqlitePageLimit"/>, which this test's composition registers), so nothing real fills up.
/// </summary>
public sealed class FullDiskTests
{
    private static readonly string LongNote = new('n', 2000);

    [Fact]
    public async Task A_full_disk_answers_503_with_Retry_After_makes_the_host_not_ready_and_everything_recovers_when_space_returns()
    {
        using var folder = new TempFolder();
        var hooks = new StorageTestHooks();
        await using var factory = await new ReciprocityFactory(folder.SqliteConnectionString, services: services => services.AddSingleton(hooks)).Ready();
        using var probe = factory.CreateClient();
        var alex = await AuditClient.Create(factory.CreateClient(), "Alex");
        var (saved, _) = await alex.StartRelationship("Sam");
        await alex.SaveDraft(saved, new { overall = 3, dimensions = new { depth = new { score = 4, note = "saved before the disk filled" } } });
        var before = (await alex.View(saved)).ToJsonString();

        // From here the file may not grow by a single page. Large drafts on new relationships need new pages soon.
        hooks.SqlitePageLimit = 1;
        HttpResponseMessage? refused = null;
        for (var attempt = 0; attempt < 20 && refused is null; attempt++)
        {
            var created = await Send(alex, HttpMethod.Post, "/api/relationships", new { kind = "partner", label = "Us", partnerName = "Kim" });
            if (created.StatusCode != HttpStatusCode.Created)
            {
                refused = created;
                break;
            }

            var relationshipId = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("relationshipId").GetGuid();
            created.Dispose();
            var draft = await Send(alex, HttpMethod.Put, $"/api/relationships/{relationshipId}/draft", LargeDraft());
            if (draft.StatusCode == HttpStatusCode.OK)
            {
                draft.Dispose();
            }
            else
            {
                refused = draft;
            }
        }

        Assert.NotNull(refused);
        using (refused)
        {
            var body = await refused.Content.ReadAsStringAsync();
            Assert.True(refused.StatusCode == HttpStatusCode.ServiceUnavailable, $"a write the disk could not take answered {(int)refused.StatusCode}: {body}");
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Equal(TimeSpan.FromSeconds(5), refused.Headers.RetryAfter?.Delta);
            Assert.Equal(503, JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32());
        }

        // Readiness says so; reads still answer, and what was stored before is untouched.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await probe.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health/live")).StatusCode);
        Assert.Equal(before, (await alex.View(saved)).ToJsonString());

        // Space returns: the same writes go through, and the host is ready again.
        hooks.SqlitePageLimit = null;
        var (again, _) = await alex.StartRelationship("Kim");
        using (var retried = await Send(alex, HttpMethod.Put, $"/api/relationships/{again}/draft", LargeDraft()))
        {
            Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(LongNote, (await alex.View(again))["round"]!["myDraft"]!["dimensions"]!["depth"]!["note"]!.GetValue<string>());
        Assert.Equal(before, (await alex.View(saved)).ToJsonString());
    }

    private static object LargeDraft() => new
    {
        dimensions = new
        {
            initiation = new { note = LongNote },
            depth = new { note = LongNote },
            crisisResponse = new { note = LongNote },
            maintenance = new { note = LongNote },
        },
    };

    private static async Task<HttpResponseMessage> Send(AuditClient client, HttpMethod method, string path, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent(body) };
        return await client.Http.SendAsync(request);
    }

    private static StringContent JsonContent(object body) => new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
