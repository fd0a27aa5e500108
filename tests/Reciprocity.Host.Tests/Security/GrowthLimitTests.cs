using System.Net;
using Reciprocity.Host.Tests.Audits;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Security;

/// <summary>No one can grow a person's record without end, nor make relationships as fast as a script can.</summary>
public sealed class GrowthLimitTests(SqliteHostFixture host) : IClassFixture<SqliteHostFixture>
{
    private const int RelationshipsPerPerson = 100;

    [Fact]
    public async Task A_person_takes_part_in_at_most_100_relationships()
    {
        var alex = await host.Person("Alex");
        for (var i = 0; i < RelationshipsPerPerson; i++)
        {
            await alex.StartRelationship($"Friend {i}");
        }

        var (status, text) = await alex.SendRaw(HttpMethod.Post, "/api/relationships", """{"kind":"closeFriend","partnerName":"One more"}""");
        Assert.True(status == HttpStatusCode.Conflict, $"relationship {RelationshipsPerPerson + 1} answered {(int)status}: {text}");
        Assert.Contains("\"status\":409", text, StringComparison.Ordinal);
        Assert.Contains("100", text, StringComparison.Ordinal);
        Assert.Equal(RelationshipsPerPerson, (await alex.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK))["relationships"]!.AsArray().Count);

        // Accepting an invite counts too: the full person cannot join, and the invite stays open for someone else.
        var sam = await host.Person("Sam");
        var (relationshipId, code) = await sam.StartRelationship("Alex");
        (status, text) = await alex.SendRaw(HttpMethod.Post, $"/api/invites/{code}/accept", null);
        Assert.True(status == HttpStatusCode.Conflict, $"accepting past the limit answered {(int)status}: {text}");
        Assert.Null((await sam.View(relationshipId))["partner"]);
        Assert.Equal(RelationshipsPerPerson, (await alex.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK))["relationships"]!.AsArray().Count);
    }

    [Fact]
    public async Task Starting_relationships_faster_than_the_limit_answers_429_for_that_person_only()
    {
        using var folder = new TempFolder();
        await using var factory = await new ReciprocityFactory(folder.SqliteConnectionString, settings: new Dictionary<string, string>
        {
            ["RateLimits:RelationshipsPerMinute"] = "3",
        }).Ready();
        var alex = await AuditClient.Create(factory.CreateClient(), "Alex");
        var sam = await AuditClient.Create(factory.CreateClient(), "Sam");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/relationships")
            {
                Content = new StringContent("""{"kind":"partner","partnerName":"Robin"}""", System.Text.Encoding.UTF8, "application/json"),
            };
            using var response = await alex.Http.SendAsync(request);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "a 429 says when to try again");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(3, (await alex.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK))["relationships"]!.AsArray().Count);
        await sam.StartRelationship("Robin");
    }
}
