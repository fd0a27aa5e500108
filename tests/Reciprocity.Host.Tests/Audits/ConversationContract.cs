using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Client;
using Reciprocity.Host.Tests.Infrastructure;
using Reciprocity.Host.Tests.Visibility;

namespace Reciprocity.Host.Tests.Audits;

/// <summary>After the reveal (issue 13), over HTTP and the hub: traces of the conversation, the history in pages, the next check-in.</summary>
public abstract class ConversationContract<THost>(THost host)
    where THost : AuditHostFixture
{
    [Fact]
    public async Task Appreciations_small_things_and_the_next_check_in_reach_both_live_and_survive_a_restart()
    {
        var date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(42).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string alexKey, samKey, samViewBefore;
        Guid relationshipId;
        await using (var first = await host.NewFactory(ownCluster: true).Ready())
        {
            var alex = await AuditClient.Create(first.CreateClient(), "Alex");
            var sam = await AuditClient.Create(first.CreateClient(), "Sam");
            (relationshipId, var code) = await alex.StartRelationship("Sam");
            await sam.Accept(code);
            await using var alexHub = await HubWatcher.Connect(first.Server, alex.AccessKey);
            await using var samHub = await HubWatcher.Connect(first.Server, sam.AccessKey);
            await alexHub.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);
            await samHub.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);
            await alex.SaveDraft(relationshipId, AuditClient.Perspective("alex"));
            await sam.SaveDraft(relationshipId, AuditClient.PrivatePerspective("qx-sam-private"));
            await alex.Submit(relationshipId);
            await sam.Submit(relationshipId);
            var path = $"/api/relationships/{relationshipId}";

            var thanks = await alex.Send(HttpMethod.Put, $"{path}/rounds/1/appreciation", new { text = "Thank you for naming the upkeep." }, HttpStatusCode.OK);
            Assert.Equal("Thank you for naming the upkeep.", thanks["appreciations"]![alex.PersonId.ToString()]!.GetValue<string>());
            foreach (var hub in new[] { alexHub, samHub })
            {
                var traces = await hub.Next("TracesChanged");
                Assert.Equal(1, traces.GetProperty("roundNumber").GetInt32());
                Assert.Equal("Thank you for naming the upkeep.", traces.GetProperty("appreciations").GetProperty(alex.PersonId.ToString()).GetString());
            }

            await sam.Send(HttpMethod.Put, $"{path}/rounds/1/small-thing", new { text = "I'll plan Sunday calls." }, HttpStatusCode.OK);
            foreach (var hub in new[] { alexHub, samHub })
            {
                var traces = await hub.Next("TracesChanged");
                Assert.Equal("I'll plan Sunday calls.", traces.GetProperty("smallThings").GetProperty(sam.PersonId.ToString()).GetString());
                Assert.True(traces.GetProperty("appreciations").TryGetProperty(alex.PersonId.ToString(), out _));
            }

            var proposed = await alex.Send(HttpMethod.Put, $"{path}/next-check-in", new { date }, HttpStatusCode.OK);
            Assert.False(proposed["nextCheckIn"]!["agreed"]!.GetValue<bool>());
            Assert.Equal(date, (await samHub.Next("NextCheckInChanged")).GetProperty("nextCheckIn").GetProperty("date").GetString());
            await alex.Send(HttpMethod.Post, $"{path}/next-check-in/accept", null, HttpStatusCode.Conflict);
            await alex.Send(HttpMethod.Get, $"{path}/next-check-in.ics", null, HttpStatusCode.NotFound);
            await sam.Send(HttpMethod.Post, $"{path}/next-check-in/accept", null, HttpStatusCode.OK);
            foreach (var hub in new[] { alexHub, samHub })
            {
                while (!(await hub.Next("NextCheckInChanged")).GetProperty("nextCheckIn").GetProperty("agreed").GetBoolean())
                {
                }
            }

            var me = await sam.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK);
            Assert.True(me["relationships"]![0]!["nextCheckIn"]!["agreed"]!.GetValue<bool>());
            await alexHub.Quiet();
            VisibilityScan.AfterTheReveal(1).Forbid("qx-sam-private")
                .AssertClean([.. alex.Received, .. alexHub.Messages], "Alex after the reveal", ReceivedMessage.View, ReceivedMessage.Traces, "TracesChanged", "NextCheckInChanged");
            samViewBefore = (await sam.View(relationshipId)).ToJsonString();
            (alexKey, samKey) = (alex.AccessKey, sam.AccessKey);
        }

        await using var second = await host.NewFactory(ownCluster: true).Ready();
        var samAgain = new AuditClient(second.CreateClient());
        samAgain.UseKey(samKey);
        var alexAgain = new AuditClient(second.CreateClient());
        alexAgain.UseKey(alexKey);
        var view = await samAgain.View(relationshipId);
        Assert.Equal(samViewBefore, view.ToJsonString());
        Assert.Equal("I'll plan Sunday calls.", view["round"]!["reveal"]!["smallThings"]![view["me"]!["personId"]!.GetValue<string>()]!.GetValue<string>());
        Assert.Equal("Thank you for naming the upkeep.", view["history"]![0]!["appreciations"]!.AsObject().Single().Value!.GetValue<string>());

        var next = await alexAgain.Send(HttpMethod.Post, $"/api/relationships/{relationshipId}/rounds", null, HttpStatusCode.OK);
        Assert.Equal("I'll plan Sunday calls.", next["round"]!["lastTime"]!["smallThings"]!.AsObject().Single().Value!.GetValue<string>());

        var calendar = await alexAgain.Http.GetAsync(new Uri($"/api/relationships/{relationshipId}/next-check-in.ics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, calendar.StatusCode);
        Assert.Equal("text/calendar", calendar.Content.Headers.ContentType!.MediaType);
        var ics = await calendar.Content.ReadAsStringAsync();
        Assert.Contains($"DTSTART;VALUE=DATE:{date.Replace("-", "", StringComparison.Ordinal)}", ics, StringComparison.Ordinal);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("alex", ics, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Sunday", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_history_comes_in_pages_and_each_answer_stays_small()
    {
        const int rounds = 40;
        var alex = await AuditClient.Create(host.Factory.CreateClient(), "Alex");
        var sam = await AuditClient.Create(host.Factory.CreateClient(), "Sam");
        var (relationshipId, code) = await alex.StartRelationship("Sam");
        await sam.Accept(code);
        var path = $"/api/relationships/{relationshipId}";
        var viewSizes = new Dictionary<int, int>();
        for (var round = 1; round <= rounds; round++)
        {
            if (round > 1)
            {
                await alex.Send(HttpMethod.Post, $"{path}/rounds", null, HttpStatusCode.OK);
            }

            await alex.SaveDraft(relationshipId, Long($"alex{round}"));
            await sam.SaveDraft(relationshipId, Long($"sam{round}"));
            await alex.Submit(relationshipId);
            await sam.Submit(relationshipId);
            viewSizes[round] = (await alex.Http.GetStringAsync(path)).Length;
        }

        // Past five rounds the view's size no longer grows with the history: about five rounds and the reveal.
        Assert.InRange(viewSizes[rounds], viewSizes[6] - 1_000, viewSizes[6] + 1_000);
        Assert.True(viewSizes[rounds] < 200_000, $"The view of a 40-round history is {viewSizes[rounds]:N0} characters.");
        var view = await alex.View(relationshipId);
        Assert.Equal(rounds, view["historyCount"]!.GetValue<int>());
        Assert.Equal([36, 37, 38, 39, 40], view["history"]!.AsArray().Select(r => r!["number"]!.GetValue<int>()));

        // Paging walks every round exactly once, newest page first, each page small.
        List<int> seen = [];
        var next = $"{path}/history?limit=7";
        while (true)
        {
            var body = await alex.Http.GetStringAsync(next);
            Assert.True(body.Length < 7 * 30_000, $"A page of 7 rounds is {body.Length:N0} characters.");
            var page = JsonNode.Parse(body)!;
            Assert.Equal(rounds, page["total"]!.GetValue<int>());
            seen.InsertRange(0, page["rounds"]!.AsArray().Select(r => r!["number"]!.GetValue<int>()));
            if (page["nextBefore"] is not { } before)
            {
                break;
            }

            next = $"{path}/history?limit=7&before={before.GetValue<int>()}";
        }

        Assert.Equal(Enumerable.Range(1, rounds), seen);
        var timeline = await alex.Http.GetStringAsync($"{path}/timeline");
        Assert.Equal(rounds, JsonNode.Parse(timeline)!["points"]!.AsArray().Count);
        Assert.DoesNotContain("alex1", timeline, StringComparison.Ordinal);
        Assert.True(timeline.Length < rounds * 600, $"The timeline of 40 rounds is {timeline.Length:N0} characters.");
    }

    [Fact]
    public async Task Bad_input_names_the_field_and_changes_nothing()
    {
        var alex = await AuditClient.Create(host.Factory.CreateClient(), "Alex");
        var sam = await AuditClient.Create(host.Factory.CreateClient(), "Sam");
        var (relationshipId, code) = await alex.StartRelationship("Sam");
        await sam.Accept(code);
        var path = $"/api/relationships/{relationshipId}";
        await alex.Send(HttpMethod.Put, $"{path}/rounds/1/small-thing", new { text = "too soon" }, HttpStatusCode.Conflict);
        await alex.SaveDraft(relationshipId, AuditClient.Perspective("alex"));
        await sam.SaveDraft(relationshipId, AuditClient.Perspective("sam"));
        await alex.Submit(relationshipId);
        await sam.Submit(relationshipId);

        await AssertNames(alex, HttpMethod.Get, $"{path}/history?limit=0", null, "limit");
        await AssertNames(alex, HttpMethod.Get, $"{path}/history?limit=51", null, "limit");
        await AssertNames(alex, HttpMethod.Get, $"{path}/history?before=abc", null, "before");
        await AssertNames(alex, HttpMethod.Put, $"{path}/rounds/1/appreciation", """{"txt":"hi"}""", "txt");
        await AssertNames(alex, HttpMethod.Put, $"{path}/rounds/1/appreciation", """{"text":"bell\u0007"}""", "text");
        await AssertNames(alex, HttpMethod.Put, $"{path}/rounds/1/small-thing", $$"""{"text":"{{new string('a', 281)}}"}""", "text");
        await AssertNames(alex, HttpMethod.Put, $"{path}/next-check-in", """{"date":"someday"}""", "date");
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await AssertNames(alex, HttpMethod.Put, $"{path}/next-check-in", $$"""{"date":"{{today}}"}""", "date");
        var (status, _) = await alex.SendRaw(HttpMethod.Put, $"{path}/rounds/1/small-thing", """{"text":"hi"}""", contentType: "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        await alex.Send(HttpMethod.Put, $"{path}/rounds/2/small-thing", new { text = "no such round" }, HttpStatusCode.NotFound);

        var view = await sam.View(relationshipId);
        Assert.Empty(view["round"]!["reveal"]!["smallThings"]!.AsObject());
        Assert.Empty(view["round"]!["reveal"]!["appreciations"]!.AsObject());
        Assert.Null(view["nextCheckIn"]);

        var stranger = await AuditClient.Create(host.Factory.CreateClient(), "Jo");
        await stranger.Send(HttpMethod.Put, $"{path}/rounds/1/small-thing", new { text = "mine" }, HttpStatusCode.NotFound);
        await stranger.Send(HttpMethod.Get, $"{path}/timeline", null, HttpStatusCode.NotFound);
        await stranger.Send(HttpMethod.Delete, $"{path}/next-check-in", null, HttpStatusCode.NotFound);
    }

    private static async Task AssertNames(AuditClient client, HttpMethod method, string path, string? json, string field)
    {
        var (status, body) = await client.SendRaw(method, path, json);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(JsonNode.Parse(body)!["errors"]!.AsObject().ContainsKey(field), $"{method} {path} answered {body}");
    }

    /// <summary>A complete perspective with every note as long as the contract allows.</summary>
    private static object Long(string marker)
    {
        string Note(string what) => (marker + " " + what + " ").PadRight(2_000, 'x');
        return new
        {
            dimensions = new
            {
                initiation = new { score = 2, leans = "me", note = Note("initiation") },
                depth = new { score = 4, leans = "neither", note = Note("depth") },
                crisisResponse = new { score = 3, leans = "them", note = Note("crisis") },
                maintenance = new { score = 2, leans = "me", note = Note("upkeep") },
            },
            overall = 2,
            picture = new { kind = "mutualPattern", text = (marker + " picture ").PadRight(4_000, 'y') },
            season = new { kind = "grief", note = Note("season") },
        };
    }
}

public sealed class ConversationOnSqlite(SqliteHostFixture host) : ConversationContract<SqliteHostFixture>(host), IClassFixture<SqliteHostFixture>;

public sealed class ConversationOnPostgres(PostgresHostFixture host) : ConversationContract<PostgresHostFixture>(host), IClassFixture<PostgresHostFixture>;

public sealed class ConversationOnFrontend(FrontendHostFixture host) : ConversationContract<FrontendHostFixture>(host), IClassFixture<FrontendHostFixture>;
