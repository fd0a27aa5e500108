using System.Net;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Audits;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Creating_people_past_the_limit_answers_429_with_retry_after()
    {
        using var folder = new TempFolder();
        await using var factory = await new ReciprocityFactory(folder.SqliteConnectionString, settings: new Dictionary<string, string> { ["RateLimits:CreationsPerMinute"] = "3" }).Ready();
        using var http = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await http.PostAsync("/api/people", new StringContent("""{"displayName":"Ari"}""", System.Text.Encoding.UTF8, "application/json"));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.NotNull(response.Headers.RetryAfter);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
    }
}
