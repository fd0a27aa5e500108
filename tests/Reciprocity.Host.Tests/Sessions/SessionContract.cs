using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Reciprocity.Host.Tests.Audits;
using Reciprocity.Host.Tests.Infrastructure;
using Reciprocity.Host.Tests.Visibility;

namespace Reciprocity.Host.Tests.Sessions;

/// <summary>A facilitated session through HTTP and the hub: seats, the live board, releases, notes, check-ins and the report.</summary>
public abstract class SessionContract<THost>(THost host)
    where THost : AuditHostFixture
{
    [Fact]
    public async Task A_family_board_updates_live_and_a_release_reaches_exactly_the_pair_and_the_facilitator()
    {
        var lee = await host.Person("Dr Lee");
        await using var leeHub = await HubWatcher.Connect(host.Factory.Server, lee.AccessKey);
        var session = await lee.Send(HttpMethod.Post, "/api/sessions", new { title = "The Riveras", kind = "family" }, HttpStatusCode.Created);
        var sessionId = session["sessionId"]!.GetValue<Guid>();
        Assert.Equal("facilitator", (await leeHub.Connection.InvokeAsync<JsonElement>("WatchSession", sessionId)).GetProperty("role").GetString());

        var (ana, anaSeat) = await Seated(lee, sessionId, "Ana");
        var (ben, benSeat) = await Seated(lee, sessionId, "Ben");
        await leeHub.Next("SessionChanged");
        var (cy, _) = await Seated(lee, sessionId, "Cy");

        var board = await lee.Send(HttpMethod.Get, $"/api/sessions/{sessionId}", null, HttpStatusCode.OK);
        Assert.Equal(3, board["pairs"]!.AsArray().Count);
        var pair = board["pairs"]!.AsArray().Single(p => Holds(p!, anaSeat, benSeat))!;
        var pairId = pair["pairId"]!.GetValue<Guid>();
        var relationshipId = pair["relationshipId"]!.GetValue<Guid>();
        Assert.Equal(pairId, relationshipId);

        await using var anaHub = await HubWatcher.Connect(host.Factory.Server, ana.AccessKey);
        await using var benHub = await HubWatcher.Connect(host.Factory.Server, ben.AccessKey);
        await using var cyHub = await HubWatcher.Connect(host.Factory.Server, cy.AccessKey);
        await anaHub.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);
        await benHub.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);
        var cyView = await cyHub.Connection.InvokeAsync<JsonElement>("WatchSession", sessionId);
        Assert.Equal(2, cyView.GetProperty("pairs").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, cyView.GetProperty("notes").ValueKind);
        foreach (var cyPair in cyView.GetProperty("pairs").EnumerateArray())
        {
            await cyHub.Connection.InvokeAsync<JsonElement>("Watch", cyPair.GetProperty("relationshipId").GetGuid());
        }

        // The board follows each step, statuses only.
        await ana.SaveDraft(relationshipId, AuditClient.PrivatePerspective("ana-secret"));
        Assert.Equal("inProgress", (await NextFor(leeHub, "PairStatusChanged", pairId))["statuses"]!.AsObject()[anaSeat.ToString()]!.GetValue<string>());
        await ana.Submit(relationshipId);
        await ben.SaveDraft(relationshipId, AuditClient.Perspective("ben-words"));
        await ben.Submit(relationshipId);
        await ben.Step(relationshipId, "withdraw");
        await WaitFor(leeHub, "PairStatusChanged", pairId, e => e["statuses"]![benSeat.ToString()]!.GetValue<string>() == "withdrawn");
        var answered = await ben.Submit(relationshipId);
        Assert.False(answered["round"]!["revealed"]!.GetValue<bool>());
        await WaitFor(leeHub, "PairStatusChanged", pairId, e => e["ready"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Conflict, (await ana.SendRaw(HttpMethod.Post, $"/api/relationships/{relationshipId}/confirm", null)).Status);

        var notReady = board["pairs"]!.AsArray().First(p => p!["pairId"]!.GetValue<Guid>() != pairId)!["pairId"]!.GetValue<Guid>();
        Assert.Equal(HttpStatusCode.Conflict, (await lee.SendRaw(HttpMethod.Post, $"/api/sessions/{sessionId}/pairs/{notReady}/release", null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await cy.SendRaw(HttpMethod.Post, $"/api/sessions/{sessionId}/pairs/{pairId}/release", null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await cy.SendRaw(HttpMethod.Get, $"/api/sessions/{sessionId}/pairs/{pairId}", null)).Status);
        var emptyRounds = await lee.Send(HttpMethod.Get, $"/api/sessions/{sessionId}/pairs/{pairId}", null, HttpStatusCode.OK);
        Assert.Empty(emptyRounds["rounds"]!.AsArray());

        // Everything the facilitator received so far holds statuses and names, nothing of what anyone wrote.
        await leeHub.Quiet(TimeSpan.FromSeconds(1));
        SessionScans.ForAFacilitatorBeforeARelease()
            .Forbid("ana-secret", "ben-words")
            .AssertClean([.. lee.Received, .. leeHub.Messages], "the facilitator", ReceivedMessage.Session, ReceivedMessage.Result, "PairStatusChanged", "SessionChanged");

        await cyHub.Quiet(TimeSpan.FromSeconds(1));
        var cyBefore = cyHub.Log.Count;
        var released = await lee.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/pairs/{pairId}/release", null, HttpStatusCode.OK);
        var revealedAt = released["revealedAt"]!.GetValue<DateTimeOffset>();

        var toLee = await NextFor(leeHub, "PairRevealed", pairId);
        var toAna = await anaHub.Next("Revealed");
        var toBen = await benHub.Next("Revealed");
        Assert.Equal(revealedAt, toLee["revealedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(revealedAt, toAna.GetProperty("revealedAt").GetDateTimeOffset());
        Assert.Equal(revealedAt, toBen.GetProperty("revealedAt").GetDateTimeOffset());
        Assert.Contains("ben-words", toLee.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("ana-secret", toLee.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(1, toLee["perspectives"]![ana.PersonId.ToString()]!["dimensions"]!["initiation"]!["score"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Conflict, (await lee.SendRaw(HttpMethod.Post, $"/api/sessions/{sessionId}/pairs/{pairId}/release", null)).Status);

        // The third participant receives nothing of it.
        await cyHub.Quiet(TimeSpan.FromSeconds(2));
        Assert.DoesNotContain(cyHub.Log.Since(cyBefore), m => m.Kind != ReceivedMessage.Ping);
        Assert.DoesNotContain(cyHub.Messages, m => m.Body.ValueKind != JsonValueKind.Undefined && m.Body.GetRawText().Contains("ben-words", StringComparison.Ordinal));

        var rounds = await lee.Send(HttpMethod.Get, $"/api/sessions/{sessionId}/pairs/{pairId}", null, HttpStatusCode.OK);
        Assert.Contains("ben-words", rounds.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("ana-secret", rounds.ToJsonString(), StringComparison.Ordinal);
        var boardAfter = await lee.Send(HttpMethod.Get, $"/api/sessions/{sessionId}", null, HttpStatusCode.OK);
        Assert.True(boardAfter["pairs"]!.AsArray().Single(p => p!["pairId"]!.GetValue<Guid>() == pairId)!["revealed"]!.GetValue<bool>());

        var cySession = await cy.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK);
        Assert.Equal("participant", cySession["sessions"]![0]!["role"]!.GetValue<string>());
        Assert.Equal(2, cySession["relationships"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_seat_link_works_once_and_says_who_the_facilitator_is()
    {
        var lee = await host.Person("Dr Lee");
        var sessionId = (await lee.Send(HttpMethod.Post, "/api/sessions", new { title = "Us two", kind = "couple" }, HttpStatusCode.Created))["sessionId"]!.GetValue<Guid>();
        var seat = await lee.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/participants", new { name = "Sam" }, HttpStatusCode.Created);
        var code = seat["seatCode"]!.GetValue<string>();
        Assert.EndsWith($"/seat/{code}", seat["seatUrl"]!.GetValue<string>(), StringComparison.Ordinal);

        using var anonymous = host.Factory.CreateClient();
        var page = JsonNode.Parse(await anonymous.GetStringAsync(new Uri($"/api/seats/{code}", UriKind.Relative)))!;
        Assert.Equal("Dr Lee", page["facilitatorName"]!.GetValue<string>());
        Assert.Equal("Sam", page["participantName"]!.GetValue<string>());
        Assert.Equal("couple", page["kind"]!.GetValue<string>());

        var sam = await host.Person("Sam");
        var alex = await host.Person("Alex");
        Assert.Equal(HttpStatusCode.Conflict, (await lee.SendRaw(HttpMethod.Post, $"/api/seats/{code}/claim", null)).Status);
        await sam.Send(HttpMethod.Post, $"/api/seats/{code}/claim", null, HttpStatusCode.OK);
        await sam.Send(HttpMethod.Post, $"/api/seats/{code}/claim", null, HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Gone, (await alex.SendRaw(HttpMethod.Post, $"/api/seats/{code}/claim", null)).Status);
        Assert.Equal(HttpStatusCode.Gone, (await anonymous.GetAsync(new Uri($"/api/seats/{code}", UriKind.Relative))).StatusCode);

        var second = await lee.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/participants", new { name = "Alex" }, HttpStatusCode.Created);
        var secondSeat = second["seatId"]!.GetValue<Guid>();
        var fresh = await lee.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/seats/{secondSeat}/code", null, HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NotFound, (await alex.SendRaw(HttpMethod.Post, $"/api/seats/{second["seatCode"]!.GetValue<string>()}/claim", null)).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await lee.SendRaw(HttpMethod.Post, $"/api/sessions/{sessionId}/participants", """{"name":"Kim"}""")).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await lee.SendRaw(HttpMethod.Delete, $"/api/sessions/{sessionId}/seats/{secondSeat}", null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await alex.SendRaw(HttpMethod.Post, $"/api/seats/{fresh["seatCode"]!.GetValue<string>()}/claim", null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await alex.SendRaw(HttpMethod.Post, "/api/seats/not-a-seat/claim", null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri("/api/seats/not-a-seat", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await alex.SendRaw(HttpMethod.Get, $"/api/sessions/{sessionId}", null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await sam.SendRaw(HttpMethod.Post, $"/api/sessions/{sessionId}/participants", """{"name":"Kim"}""")).Status);
        await using var alexHub = await HubWatcher.Connect(host.Factory.Server, alex.AccessKey);
        await Assert.ThrowsAsync<HubException>(() => alexHub.Connection.InvokeAsync<JsonElement>("WatchSession", sessionId));
    }

    [Theory]
    [InlineData("POST", "", """{"kind":"family"}""", "title")]
    [InlineData("POST", "", """{"title":"Two\nlines","kind":"family"}""", "title")]
    [InlineData("POST", "", """{"title":"T","kind":"trio"}""", "kind")]
    [InlineData("POST", "", """{"title":"T"}""", "kind")]
    [InlineData("POST", "", """{"title":"T","kind":"family","facilitator":"me"}""", "facilitator")]
    [InlineData("POST", "/participants", """{"name":""}""", "name")]
    [InlineData("POST", "/participants", """{"nmae":"Sam"}""", "nmae")]
    [InlineData("PUT", "/notes", """{"notes":"\u0007"}""", "notes")]
    [InlineData("PUT", "/pairs", """{"pairs":[["a"]]}""", "pairs[0][0]")]
    [InlineData("PUT", "/pairs", """{"pairs":[]  ,"everyPair":true}""", "pairs")]
    [InlineData("PUT", "/pairs", """{}""", "pairs")]
    [InlineData("GET", "/report?checkIn=abc", null, "checkIn")]
    [InlineData("GET", "/report?notes=maybe", null, "notes")]
    public async Task Bad_session_input_is_refused_naming_the_field(string method, string path, string? body, string field)
    {
        var lee = await host.Person("Dr Lee");
        var sessionId = (await lee.Send(HttpMethod.Post, "/api/sessions", new { title = "Family", kind = "family" }, HttpStatusCode.Created))["sessionId"]!.GetValue<Guid>();
        var url = path.Length == 0 && method == "POST" ? "/api/sessions" : $"/api/sessions/{sessionId}{path}";

        var (status, text) = await lee.SendRaw(new HttpMethod(method), url, body);

        Assert.True(status == HttpStatusCode.BadRequest, $"{(int)status} {text}");
        Assert.Contains($"\"{field}\"", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await lee.SendRaw(HttpMethod.Put, $"/api/sessions/{sessionId}/notes", """{"notes":"x"}""", "text/plain")).Status);
        Assert.Equal("", (await lee.Send(HttpMethod.Get, $"/api/sessions/{sessionId}", null, HttpStatusCode.OK))["notes"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_report_holds_the_released_pair_as_released_and_the_notes_only_when_asked()
    {
        var lee = await host.Person("Dr Lee");
        var sessionId = (await lee.Send(HttpMethod.Post, "/api/sessions", new { title = "Sam & Alex", kind = "couple" }, HttpStatusCode.Created))["sessionId"]!.GetValue<Guid>();
        var (sam, _) = await Seated(lee, sessionId, "Sam");
        var (alex, _) = await Seated(lee, sessionId, "Alex");
        var session = await lee.Send(HttpMethod.Get, $"/api/sessions/{sessionId}", null, HttpStatusCode.OK);
        var relationshipId = session["pairs"]![0]!["relationshipId"]!.GetValue<Guid>();
        Assert.Equal("facilitator", (await sam.View(relationshipId))["revealPolicy"]!.GetValue<string>());
        Assert.Equal("Alex", (await sam.View(relationshipId))["partner"]!["displayName"]!.GetValue<string>());

        await sam.SaveDraft(relationshipId, AuditClient.PrivatePerspective("sam-secret"));
        await alex.SaveDraft(relationshipId, AuditClient.Perspective("alex *words*"));
        await sam.Submit(relationshipId);
        await alex.Submit(relationshipId);
        Assert.Equal(HttpStatusCode.Conflict, (await lee.SendRaw(HttpMethod.Post, $"/api/sessions/{sessionId}/check-ins", null)).Status);
        await lee.Send(HttpMethod.Put, $"/api/sessions/{sessionId}/notes", new { notes = "Lee's own thoughts" }, HttpStatusCode.OK);
        Assert.Single((await lee.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/release-ready", null, HttpStatusCode.OK))["released"]!.AsArray());

        using var response = await lee.Http.GetAsync(new Uri($"/api/sessions/{sessionId}/report?checkIn=1", UriKind.Relative));
        var report = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("session-report.md", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Contains("# \u2068Sam & Alex\u2069: check-in 1", report, StringComparison.Ordinal);
        Assert.Contains(@"alex \*words\* initiation", report, StringComparison.Ordinal);
        Assert.Contains("Heavily one-directional", report, StringComparison.Ordinal);
        Assert.DoesNotContain("sam-secret", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Lee's own thoughts", report, StringComparison.Ordinal);
        Assert.Contains("Lee's own thoughts", await lee.Http.GetStringAsync(new Uri($"/api/sessions/{sessionId}/report?notes=true", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await lee.SendRaw(HttpMethod.Get, $"/api/sessions/{sessionId}/report?checkIn=2", null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await sam.SendRaw(HttpMethod.Get, $"/api/sessions/{sessionId}/report", null)).Status);

        var next = await lee.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/check-ins", null, HttpStatusCode.OK);
        Assert.Equal(2, next["checkIn"]!.GetValue<int>());
        Assert.Equal(2, (await sam.View(relationshipId))["round"]!["number"]!.GetValue<int>());
        Assert.Null((await sam.Send(HttpMethod.Get, $"/api/sessions/{sessionId}", null, HttpStatusCode.OK))["notes"]);
        Assert.Equal(HttpStatusCode.Conflict, (await lee.SendRaw(HttpMethod.Post, $"/api/sessions/{sessionId}/leave", null)).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await alex.SendRaw(HttpMethod.Post, $"/api/sessions/{sessionId}/leave", null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await alex.SendRaw(HttpMethod.Get, $"/api/sessions/{sessionId}", null)).Status);
    }

    /// <summary>A seat for <paramref name="name"/>, claimed by a new person of that name through the seat link's code.</summary>
    private async Task<(AuditClient Person, Guid SeatId)> Seated(AuditClient facilitator, Guid sessionId, string name)
    {
        var seat = await facilitator.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/participants", new { name }, HttpStatusCode.Created);
        var person = await host.Person(name);
        var claimed = await person.Send(HttpMethod.Post, $"/api/seats/{seat["seatCode"]!.GetValue<string>()}/claim", null, HttpStatusCode.OK);
        Assert.Equal("participant", claimed["role"]!.GetValue<string>());
        return (person, seat["seatId"]!.GetValue<Guid>());
    }

    private static bool Holds(JsonNode pair, Guid a, Guid b)
    {
        var seats = pair["seats"]!.AsArray().Select(s => s!.GetValue<Guid>()).ToList();
        return seats.Contains(a) && seats.Contains(b);
    }

    private static Task<JsonNode> NextFor(HubWatcher hub, string name, Guid pairId) => WaitFor(hub, name, pairId, _ => true);

    /// <summary>The next event of <paramref name="name"/> for the pair that satisfies <paramref name="where"/>, skipping others.</summary>
    private static async Task<JsonNode> WaitFor(HubWatcher hub, string name, Guid pairId, Func<JsonNode, bool> where)
    {
        while (true)
        {
            var payload = JsonNode.Parse((await hub.Next(name)).GetRawText())!;
            if (payload["pairId"]!.GetValue<Guid>() == pairId && where(payload))
            {
                return payload;
            }
        }
    }
}

/// <summary>The contract on one Combined host on SQLite.</summary>
public sealed class SessionContract(SqliteHostFixture host) : SessionContract<SqliteHostFixture>(host), IClassFixture<SqliteHostFixture>;

/// <summary>The contract on a front end (Host:Role=Frontend) of a silo process, on PostgreSQL.</summary>
public sealed class SessionContractOnFrontend(FrontendHostFixture host) : SessionContract<FrontendHostFixture>(host), IClassFixture<FrontendHostFixture>;
