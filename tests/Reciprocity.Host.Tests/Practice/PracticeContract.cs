using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Client;
using Reciprocity.Host.Tests.Audits;
using Reciprocity.Host.Tests.Infrastructure;
using Reciprocity.Host.Tests.Visibility;

namespace Reciprocity.Host.Tests.Practice;

/// <summary>A counsellor's practice through HTTP and the hub: the practice home, sessions over time, the pre-read, closing a client.</summary>
public abstract class PracticeContract<THost>(THost host)
    where THost : AuditHostFixture
{
    [Fact]
    public async Task A_counsellor_leads_with_their_households_and_a_second_session_carries_the_seats_for_each_to_confirm_again()
    {
        var lee = await host.Person("Dr Lee");
        Assert.False((await lee.Send(HttpMethod.Get, "/api/practice", null, HttpStatusCode.OK))["facilitates"]!.GetValue<bool>());
        await Refused(lee, HttpMethod.Put, "/api/practice", "{}", "facilitates");
        Assert.True((await lee.Send(HttpMethod.Put, "/api/practice", new { facilitates = true }, HttpStatusCode.OK))["facilitates"]!.GetValue<bool>());

        await Refused(lee, HttpMethod.Post, "/api/practice/households", """{"name":"The Parks"}""", "kind");
        await Refused(lee, HttpMethod.Post, "/api/practice/households", """{"name":"","kind":"couple"}""", "name");
        var parks = (await lee.Send(HttpMethod.Post, "/api/practice/households", new { name = "The Parks", kind = "couple" }, HttpStatusCode.Created))["householdId"]!.GetValue<Guid>();
        var riveras = (await lee.Send(HttpMethod.Post, "/api/practice/households", new { name = "The Riveras", kind = "family" }, HttpStatusCode.Created))["householdId"]!.GetValue<Guid>();
        await Refused(lee, HttpMethod.Patch, $"/api/practice/households/{parks}", """{"nextSession":"next week"}""", "nextSession");

        // The first session: two seats, both taken, both submitted; the home says a pair is ready to open.
        var first = await lee.Send(HttpMethod.Post, $"/api/practice/households/{parks}/sessions", new { title = "First meeting" }, HttpStatusCode.Created);
        Assert.Empty(first["carriedSeats"]!.AsArray());
        var firstId = first["session"]!["sessionId"]!.GetValue<Guid>();
        var sam = await Seated(lee, firstId, "Sam");
        var alex = await Seated(lee, firstId, "Alex");
        var pairId = (await lee.Send(HttpMethod.Get, $"/api/sessions/{firstId}", null, HttpStatusCode.OK))["pairs"]![0]!["pairId"]!.GetValue<Guid>();
        await sam.SaveDraft(pairId, AuditClient.Perspective("sam-first"));
        await sam.Submit(pairId);
        await alex.SaveDraft(pairId, AuditClient.Perspective("alex-first"));
        await alex.Submit(pairId);
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(28)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await lee.Send(HttpMethod.Patch, $"/api/practice/households/{parks}", new { nextSession = day }, HttpStatusCode.OK);

        var home = await lee.Send(HttpMethod.Get, "/api/practice", null, HttpStatusCode.OK);
        Assert.Equal(["The Parks", "The Riveras"], home["households"]!.AsArray().Select(h => h!["name"]!.GetValue<string>()));
        var parksLine = Household(home, parks);
        Assert.Equal(day, parksLine["nextSession"]!.GetValue<string>());
        Assert.Equal(1, parksLine["pairsReady"]!.GetValue<int>());
        Assert.Equal(0, parksLine["seatsWaiting"]!.GetValue<int>());
        await lee.Send(HttpMethod.Post, $"/api/sessions/{firstId}/pairs/{pairId}/release", null, HttpStatusCode.OK);

        // A month later: the same two seats, kept for the same two people, each confirming again.
        var second = await lee.Send(HttpMethod.Post, $"/api/practice/households/{parks}/sessions", new { title = "A month on" }, HttpStatusCode.Created);
        var secondId = second["session"]!["sessionId"]!.GetValue<Guid>();
        var links = second["carriedSeats"]!.AsArray();
        Assert.Equal(2, links.Count);
        Assert.Equal(["Alex", "Sam"], second["session"]!["participants"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).Order());
        Assert.All(second["session"]!["participants"]!.AsArray(), p => Assert.False(p!["claimed"]!.GetValue<bool>()));
        Assert.All(second["session"]!["participants"]!.AsArray(), p => Assert.True(p!["carriedForward"]!.GetValue<bool>()));
        Assert.Equal(2, Household(await lee.Send(HttpMethod.Get, "/api/practice", null, HttpStatusCode.OK), parks)["seatsWaiting"]!.GetValue<int>());

        var samLink = SeatCodeFor(second, "Sam");
        var stranger = await host.Person("Someone else");
        Assert.True((await stranger.Send(HttpMethod.Get, $"/api/seats/{samLink}", null, HttpStatusCode.OK))["carriedForward"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Conflict, (await stranger.SendRaw(HttpMethod.Post, $"/api/seats/{samLink}/claim", null)).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await alex.SendRaw(HttpMethod.Post, $"/api/seats/{samLink}/claim", null)).Status);
        await sam.Send(HttpMethod.Post, $"/api/seats/{samLink}/claim", null, HttpStatusCode.OK);
        await alex.Send(HttpMethod.Post, $"/api/seats/{SeatCodeFor(second, "Alex")}/claim", null, HttpStatusCode.OK);
        var secondPair = (await lee.Send(HttpMethod.Get, $"/api/sessions/{secondId}", null, HttpStatusCode.OK))["pairs"]![0]!;
        Assert.NotNull(secondPair["relationshipId"]);

        var again = Household(await lee.Send(HttpMethod.Get, "/api/practice", null, HttpStatusCode.OK), parks);
        Assert.Equal(["First meeting", "A month on"], again["sessions"]!.AsArray().Select(s => s!["title"]!.GetValue<string>()));
        Assert.Equal(0, again["seatsWaiting"]!.GetValue<int>());

        // The second session's round opens; the pair's movement holds both sessions' rounds, in order.
        var secondPairId = secondPair["pairId"]!.GetValue<Guid>();
        await sam.SaveDraft(secondPairId, AuditClient.Perspective("sam-second", overall: 4));
        await sam.Submit(secondPairId);
        await alex.SaveDraft(secondPairId, AuditClient.Perspective("alex-second", overall: 4));
        await alex.Submit(secondPairId);
        await lee.Send(HttpMethod.Post, $"/api/sessions/{secondId}/pairs/{secondPairId}/release", null, HttpStatusCode.OK);
        var movement = await lee.Send(HttpMethod.Get, $"/api/practice/households/{parks}/movement", null, HttpStatusCode.OK);
        var rounds = movement["pairs"]!.AsArray().Single()!["rounds"]!.AsArray();
        Assert.Equal(["First meeting", "A month on"], rounds.Select(r => r!["sessionTitle"]!.GetValue<string>()));
        Assert.Equal([1, 2], rounds.Select(r => r!["number"]!.GetValue<int>()));
        Assert.Equal(HttpStatusCode.NotFound, (await sam.SendRaw(HttpMethod.Get, $"/api/practice/households/{parks}/movement", null)).Status);

        // Archived, a household leaves the home and is still there to bring back.
        await lee.Send(HttpMethod.Patch, $"/api/practice/households/{riveras}", new { archived = true }, HttpStatusCode.OK);
        Assert.DoesNotContain("The Riveras", (await lee.Send(HttpMethod.Get, "/api/practice", null, HttpStatusCode.OK)).ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("The Riveras", (await lee.Send(HttpMethod.Get, "/api/practice?archived=true", null, HttpStatusCode.OK))["households"]![0]!["name"]!.GetValue<string>());

        // The export holds the whole practice, archived households too; the participants' private notes never.
        var export = JsonNode.Parse(await lee.Http.GetStringAsync(new Uri("/api/practice/export", UriKind.Relative)))!;
        Assert.Equal(2, export["households"]!.AsArray().Count);
        Assert.Equal(2, export["households"]!.AsArray().Single(h => h!["household"]!["name"]!.GetValue<string>() == "The Parks")!["sessions"]!.AsArray().Count);
        Assert.Contains("alex-second initiation", export.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty((await sam.Send(HttpMethod.Get, "/api/practice", null, HttpStatusCode.OK))["households"]!.AsArray());
    }

    [Fact]
    public async Task A_pre_read_reaches_the_counsellor_only_with_that_participants_consent_and_the_other_learns_only_that_it_was_shared()
    {
        var lee = await host.Person("Dr Lee");
        await using var leeHub = await HubWatcher.Connect(host.Factory.Server, lee.AccessKey);
        var parks = (await lee.Send(HttpMethod.Post, "/api/practice/households", new { name = "The Parks", kind = "couple" }, HttpStatusCode.Created))["householdId"]!.GetValue<Guid>();
        var sessionId = (await lee.Send(HttpMethod.Post, $"/api/practice/households/{parks}/sessions", new { title = "Tuesday" }, HttpStatusCode.Created))["session"]!["sessionId"]!.GetValue<Guid>();
        await leeHub.Connection.InvokeAsync<JsonElement>("WatchSession", sessionId);
        var sam = await Seated(lee, sessionId, "Sam");
        var alex = await Seated(lee, sessionId, "Alex");
        var pairId = (await lee.Send(HttpMethod.Get, $"/api/sessions/{sessionId}", null, HttpStatusCode.OK))["pairs"]![0]!["pairId"]!.GetValue<Guid>();
        await sam.SaveDraft(pairId, AuditClient.Perspective("sam-shared"));
        await sam.SaveDraft(pairId, new { season = new { kind = "grief", note = "sam-secret season", @private = true } });
        await sam.Submit(pairId);
        await alex.SaveDraft(pairId, AuditClient.Perspective("alex-sealed"));
        await alex.Submit(pairId);

        // Without consent nothing changes: the counsellor reads nothing of either.
        Assert.Empty((await lee.Send(HttpMethod.Get, $"/api/sessions/{sessionId}/pre-reads", null, HttpStatusCode.OK))["shared"]!.AsArray());
        await leeHub.Quiet(TimeSpan.FromMilliseconds(500));
        PreReadScan().Forbid("sam-shared", "sam-secret", "alex-sealed")
            .AssertClean([.. lee.Received, .. leeHub.Messages], "the counsellor without consent", ReceivedMessage.Session, ReceivedMessage.PreReads);

        await Refused(sam, HttpMethod.Put, $"/api/sessions/{sessionId}/pre-read", "{}", "shared");
        Assert.Equal(HttpStatusCode.NotFound, (await lee.SendRaw(HttpMethod.Put, $"/api/sessions/{sessionId}/pre-read", """{"shared":true}""")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await sam.SendRaw(HttpMethod.Get, $"/api/sessions/{sessionId}/pre-reads", null)).Status);
        var samView = await sam.Send(HttpMethod.Put, $"/api/sessions/{sessionId}/pre-read", new { shared = true }, HttpStatusCode.OK);
        Assert.True(Seat(samView, "Sam")["preReadShared"]!.GetValue<bool>());

        // Alex is told that Sam shared a pre-read, and nothing of what it held.
        var alexView = await alex.Send(HttpMethod.Get, $"/api/sessions/{sessionId}", null, HttpStatusCode.OK);
        Assert.True(Seat(alexView, "Sam")["preReadShared"]!.GetValue<bool>());
        Assert.False(Seat(alexView, "Alex")["preReadShared"]!.GetValue<bool>());
        Assert.DoesNotContain("sam-shared", string.Concat(alex.Received.Select(m => m.Body.ValueKind == JsonValueKind.Undefined ? "" : m.Body.GetRawText())), StringComparison.Ordinal);

        var preReads = await lee.Send(HttpMethod.Get, $"/api/sessions/{sessionId}/pre-reads", null, HttpStatusCode.OK);
        var shared = preReads["shared"]!.AsArray().Single()!;
        Assert.Equal("Sam", shared["name"]!.GetValue<string>());
        Assert.Equal("sam-shared initiation", shared["pairs"]![0]!["perspective"]!["dimensions"]!["initiation"]!["note"]!.GetValue<string>());

        // Withdrawn before the session begins, it is gone; once begun, the consent holds for this session.
        await sam.Send(HttpMethod.Put, $"/api/sessions/{sessionId}/pre-read", new { shared = false }, HttpStatusCode.OK);
        Assert.Empty((await lee.Send(HttpMethod.Get, $"/api/sessions/{sessionId}/pre-reads", null, HttpStatusCode.OK))["shared"]!.AsArray());
        await sam.Send(HttpMethod.Put, $"/api/sessions/{sessionId}/pre-read", new { shared = true }, HttpStatusCode.OK);
        Assert.NotNull((await lee.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/begin", null, HttpStatusCode.OK))["startedAt"]);
        Assert.Equal(HttpStatusCode.Conflict, (await sam.SendRaw(HttpMethod.Put, $"/api/sessions/{sessionId}/pre-read", """{"shared":false}""")).Status);
        Assert.Single((await lee.Send(HttpMethod.Get, $"/api/sessions/{sessionId}/pre-reads", null, HttpStatusCode.OK))["shared"]!.AsArray());

        // Every frame and body the counsellor received: Sam's shared words, never Sam's private note, nothing of Alex's.
        await leeHub.Quiet(TimeSpan.FromMilliseconds(500));
        PreReadScan().AllowPerspective(ReceivedMessage.PreReads, "shared[].pairs[].perspective").Forbid("sam-secret", "alex-sealed")
            .AssertClean([.. lee.Received, .. leeHub.Messages], "the counsellor with Sam's consent", ReceivedMessage.Session, ReceivedMessage.PreReads, "SessionChanged");
    }

    [Fact]
    public async Task Deleting_a_household_removes_its_name_and_the_counsellors_notes_and_the_participants_keep_their_pair()
    {
        var lee = await host.Person("Dr Lee");
        var parks = (await lee.Send(HttpMethod.Post, "/api/practice/households", new { name = "The Parks", kind = "couple" }, HttpStatusCode.Created))["householdId"]!.GetValue<Guid>();
        var sessionId = (await lee.Send(HttpMethod.Post, $"/api/practice/households/{parks}/sessions", new { title = "Tuesday" }, HttpStatusCode.Created))["session"]!["sessionId"]!.GetValue<Guid>();
        var sam = await Seated(lee, sessionId, "Sam");
        await Seated(lee, sessionId, "Alex");
        await lee.Send(HttpMethod.Put, $"/api/sessions/{sessionId}/notes", new { notes = "Lee's own thoughts" }, HttpStatusCode.OK);
        var pairId = (await lee.Send(HttpMethod.Get, $"/api/sessions/{sessionId}", null, HttpStatusCode.OK))["pairs"]![0]!["pairId"]!.GetValue<Guid>();
        await sam.SaveDraft(pairId, AuditClient.Perspective("sam-own"));

        Assert.Equal(HttpStatusCode.NotFound, (await sam.SendRaw(HttpMethod.Delete, $"/api/practice/households/{parks}", null)).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await lee.SendRaw(HttpMethod.Delete, $"/api/practice/households/{parks}", null)).Status);
        Assert.Empty((await lee.Send(HttpMethod.Get, "/api/practice", null, HttpStatusCode.OK))["households"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, (await lee.SendRaw(HttpMethod.Get, $"/api/sessions/{sessionId}", null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await lee.SendRaw(HttpMethod.Delete, $"/api/practice/households/{parks}", null)).Status);
        Assert.Contains("sam-own initiation", (await sam.View(pairId)).ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("The Parks", await lee.Http.GetStringAsync(new Uri("/api/practice/export", UriKind.Relative)), StringComparison.Ordinal);
    }

    /// <summary>What a counsellor may receive in a session with pre-reads: the facilitator's scan, a pre-read's consent and its beginning.</summary>
    private static VisibilityScan PreReadScan()
    {
        var scan = SessionScans.ForAFacilitatorBeforeARelease()
            .Allow(ReceivedMessage.PreReads, "shared[].seatId")
            .Allow(ReceivedMessage.PreReads, "shared[].name")
            .Allow(ReceivedMessage.PreReads, "shared[].pairs[].pairId")
            .Allow(ReceivedMessage.PreReads, "shared[].pairs[].perspective", [null])
            .Allow(ReceivedMessage.Practice, "householdId")
            .Allow(ReceivedMessage.Practice, "name")
            .Allow(ReceivedMessage.Practice, "kind", "couple")
            .Allow(ReceivedMessage.Practice, "nextSession", [null])
            .Allow(ReceivedMessage.Practice, "archived", false)
            .Allow(ReceivedMessage.Practice, "seatsWaiting", 0)
            .Allow(ReceivedMessage.Practice, "pairsReady", 0)
            .Allow(ReceivedMessage.Practice, "carriedSeats[]");
        return SessionScans.AllowSession(scan, ReceivedMessage.Practice, "session.");
    }

    private async Task<AuditClient> Seated(AuditClient facilitator, Guid sessionId, string name)
    {
        var seat = await facilitator.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/participants", new { name }, HttpStatusCode.Created);
        var person = await host.Person(name);
        await person.Send(HttpMethod.Post, $"/api/seats/{seat["seatCode"]!.GetValue<string>()}/claim", null, HttpStatusCode.OK);
        return person;
    }

    private static async Task Refused(AuditClient person, HttpMethod method, string path, string json, string field)
    {
        var (status, body) = await person.SendRaw(method, path, json);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(JsonNode.Parse(body)!["errors"]!.AsObject().ContainsKey(field), body);
    }

    private static JsonNode Household(JsonNode home, Guid householdId) =>
        home["households"]!.AsArray().Single(h => h!["householdId"]!.GetValue<Guid>() == householdId)!;

    private static JsonNode Seat(JsonNode session, string name) => session["participants"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == name)!;

    private static string SeatCodeFor(JsonNode started, string name)
    {
        var seatId = Seat(started["session"]!, name)["seatId"]!.GetValue<Guid>();
        return started["carriedSeats"]!.AsArray().Single(link => link!["seatId"]!.GetValue<Guid>() == seatId)!["seatCode"]!.GetValue<string>();
    }
}

/// <summary>The practice on one Combined host on SQLite.</summary>
public sealed class PracticeContract(SqliteHostFixture host) : PracticeContract<SqliteHostFixture>(host), IClassFixture<SqliteHostFixture>;

/// <summary>The practice on one Combined host on PostgreSQL.</summary>
public sealed class PracticeOnPostgres(PostgresHostFixture host) : PracticeContract<PostgresHostFixture>(host), IClassFixture<PostgresHostFixture>;

/// <summary>The practice on a front end (Host:Role=Frontend) of a silo process, on PostgreSQL.</summary>
public sealed class PracticeOnFrontend(FrontendHostFixture host) : PracticeContract<FrontendHostFixture>(host), IClassFixture<FrontendHostFixture>;
