using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Reciprocity.Host.Tests.Infrastructure;
using Reciprocity.Host.Tests.Storage;

namespace Reciprocity.Host.Tests.Security;

/// <summary>Keys that were never handed out: they cost a bounded amount, leave nothing behind, and do not flood the log.</summary>
public sealed class ForgedKeyTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Forged_keys_for_people_who_do_not_exist_leave_no_grain_behind()
    {
        const int forged = 40;
        using var folder = new TempFolder();
        await using var factory = await new ReciprocityFactory(folder.SqliteConnectionString).Ready();
        var grains = factory.Services.GetRequiredService<IGrainFactory>();
        var before = await PersonActivations(grains);
        using var http = factory.CreateClient();

        for (var i = 0; i < forged; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await Get(http, "/api/me", ForgedKey()));
        }

        // Deactivation finishes just after the refused call; nothing signals it, so the count is read until it settles.
        var deadline = DateTime.UtcNow + Bound;
        var now = await PersonActivations(grains);
        while (now > before && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            now = await PersonActivations(grains);
        }

        Assert.True(now <= before, $"{now - before} person grains stayed active {Bound.TotalSeconds} s after {forged} forged keys");
    }

    [Fact]
    public async Task Wrong_keys_past_the_limit_answer_429_problem_details_with_retry_after()
    {
        using var folder = new TempFolder();
        await using var factory = await new ReciprocityFactory(folder.SqliteConnectionString, settings: new Dictionary<string, string>
        {
            ["RateLimits:FailedKeysPerMinute"] = "5",
        }).Ready();
        using var http = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", i % 2 == 0 ? ForgedKey() : "not-a-key");
            using var response = await http.SendAsync(request);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "a 429 says when to try again");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.Contains("\"status\":429", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        var hub = await Assert.ThrowsAnyAsync<Exception>(() => HubWatcher.Connect(factory.Server, ForgedKey()));
        Assert.Contains("429", hub.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_keys_and_refused_watches_are_logged_in_a_few_lines_without_stack_traces()
    {
        var log = new CapturedLog();
        using var folder = new TempFolder();
        await using var factory = await new ReciprocityFactory(folder.SqliteConnectionString, settings: new Dictionary<string, string>
        {
            ["RateLimits:FailedKeysPerMinute"] = "10",
        }, log: log).Ready();
        var alex = await AuditClient.Create(factory.CreateClient(), "Alex");
        var stranger = await AuditClient.Create(factory.CreateClient(), "Jo");
        var (relationshipId, _) = await alex.StartRelationship("Sam");
        await using var strangerHub = await HubWatcher.Connect(factory.Server, stranger.AccessKey);
        var before = log.Lines.Count;

        using var http = factory.CreateClient();
        for (var i = 0; i < 60; i++)
        {
            await Get(http, "/api/me", ForgedKey());
        }

        for (var i = 0; i < 20; i++)
        {
            await Assert.ThrowsAsync<HubException>(() => strangerHub.Connection.InvokeAsync<JsonElement>("Watch", relationshipId));
        }

        var written = log.Lines.Skip(before).ToList();
        var shown = string.Join("\n", written.Take(6).Select(line => line.Length > 400 ? line[..400] + "…" : line));
        Assert.True(written.Count <= 3, $"60 refused keys and 20 refused watches wrote {written.Count} log lines, such as:\n{shown}");
        Assert.DoesNotContain(written, line => line.Contains("   at ", StringComparison.Ordinal));
    }

    private static string ForgedKey() => SecretCode.Create(Guid.NewGuid()).Code;

    private static async Task<HttpStatusCode> Get(HttpClient http, string path, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task<int> PersonActivations(IGrainFactory grains)
    {
        var statistics = await grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        return statistics.Where(s => s.GrainType.Contains("PersonGrain", StringComparison.Ordinal)).Sum(s => s.ActivationCount);
    }
}
