using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Security;

/// <summary>
/// Issue 24, item 4: anonymous look-ups by a code (invite and seat previews, confirming an address, unsubscribing) are
/// limited per client address, and a made-up code leaves no activation behind.
/// </summary>
public sealed class LookupLimitTests
{
    [Fact]
    public async Task Anonymous_lookups_past_the_limit_answer_429_with_retry_after()
    {
        using var folder = new TempFolder();
        await using var factory = await new ReciprocityFactory(folder.SqliteConnectionString, settings: new Dictionary<string, string> { ["RateLimits:LookupsPerMinute"] = "4" }).Ready();
        using var http = factory.CreateClient();
        var forged = Forged();
        string[] paths = [$"/api/invites/{forged}", $"/api/seats/{forged}", $"/api/unsubscribe/{forged}", $"/api/email/confirm/{forged}"];

        foreach (var path in paths)
        {
            using var answer = await Ask(http, path);
            Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        }

        foreach (var path in paths.Append($"/unsubscribe/{forged}").Append($"/confirm-email/{forged}"))
        {
            using var answer = await Ask(http, path);
            Assert.Equal(HttpStatusCode.TooManyRequests, answer.StatusCode);
            Assert.True(answer.Headers.RetryAfter?.Delta > TimeSpan.Zero, path);
        }
    }

    [Fact]
    public async Task Made_up_codes_leave_no_activation_behind()
    {
        using var folder = new TempFolder();
        await using var factory = await new ReciprocityFactory(folder.SqliteConnectionString).Ready();
        using var http = factory.CreateClient();
        var management = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        var before = await Activations(management);

        for (var i = 0; i < 20; i++)
        {
            foreach (var path in new[] { "/api/invites/", "/api/seats/", "/api/unsubscribe/", "/api/email/confirm/" })
            {
                using var answer = await Ask(http, path + Forged());
                Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
            }
        }

        // Deactivation follows each answer and raises no event: the statistics are polled, bounded by a deadline.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        int now;
        while ((now = await Activations(management)) > before && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal(before, now);
    }

    private static async Task<int> Activations(IManagementGrain management) =>
        (await management.GetSimpleGrainStatistics())
            .Where(s => s.GrainType.Contains("RelationshipGrain", StringComparison.Ordinal) || s.GrainType.Contains("SessionGrain", StringComparison.Ordinal) || s.GrainType.Contains("PersonGrain", StringComparison.Ordinal))
            .Sum(s => s.ActivationCount);

    // The previews are read; confirming and unsubscribing are posted.
    private static Task<HttpResponseMessage> Ask(HttpClient http, string path) =>
        path.StartsWith("/api/invites", StringComparison.Ordinal) || path.StartsWith("/api/seats", StringComparison.Ordinal)
            ? http.GetAsync(new Uri(path, UriKind.Relative))
            : http.PostAsync(new Uri(path, UriKind.Relative), null);

    // A well-formed code for a relationship, seat or person that does not exist.
    private static string Forged() => Reciprocity.SecretCode.Create(Guid.NewGuid()).Code;
}
