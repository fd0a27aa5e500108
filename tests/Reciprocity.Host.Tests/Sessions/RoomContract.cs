using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Client;
using Reciprocity.Host.Tests.Audits;
using Reciprocity.Host.Tests.Infrastructure;
using Reciprocity.Host.Tests.Visibility;

namespace Reciprocity.Host.Tests.Sessions;

/// <summary>Issue 21 items 5–7 through HTTP and the hub: the shared screen stepped live, a family's summary, the filed report.</summary>
public abstract class RoomContract<THost>(THost host)
    where THost : AuditHostFixture
{
    [Fact]
    public async Task The_shared_screen_steps_live_to_the_projector_with_statuses_only_before_the_release()
    {
        var lee = await host.Person("Dr Lee");
        var sessionId = (await lee.Send(HttpMethod.Post, "/api/sessions", new { title = "Sam & Alex", kind = "couple" }, HttpStatusCode.Created))["sessionId"]!.GetValue<Guid>();
        await using var device = await HubWatcher.Connect(host.Factory.Server, lee.AccessKey);
        await using var projector = await HubWatcher.Connect(host.Factory.Server, lee.AccessKey);
        await device.Connection.InvokeAsync<JsonElement>("WatchSession", sessionId);
        await projector.Connection.InvokeAsync<JsonElement>("WatchSession", sessionId);
        var (sam, _) = await Seated(lee, sessionId, "Sam", "Sam");
        var (alex, _) = await Seated(lee, sessionId, "Alex", "Alex");
        await using var samHub = await HubWatcher.Connect(host.Factory.Server, sam.AccessKey);
        await samHub.Connection.InvokeAsync<JsonElement>("WatchSession", sessionId);
        var pairId = (await lee.Send(HttpMethod.Get, $"/api/sessions/{sessionId}", null, HttpStatusCode.OK))["pairs"]![0]!["pairId"]!.GetValue<Guid>();
        var room = $"/api/sessions/{sessionId}/room";

        var first = await lee.Send(HttpMethod.Put, room, new { pairId, step = "startingPoints" }, HttpStatusCode.OK);
        Assert.Equal("startingPoints", first["room"]!["step"]!.GetValue<string>());
        Assert.False(first["room"]!["revealed"]!.GetValue<bool>());
        var stepped = await projector.Next("RoomStepped");
        Assert.Equal(pairId, stepped.GetProperty("pairId").GetGuid());
        Assert.False(stepped.GetProperty("revealed").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, (await lee.SendRaw(HttpMethod.Put, room, JsonSerializer.Serialize(new { pairId, step = "depth" }))).Status);

        await sam.SaveDraft(pairId, AuditClient.PrivatePerspective("zq-sam-sealed"));
        await alex.SaveDraft(pairId, AuditClient.Perspective("zq-alex-sealed"));
        await sam.Submit(pairId);
        await alex.Submit(pairId);
        await lee.Send(HttpMethod.Put, room, new { pairId, step = "startingPoints" }, HttpStatusCode.OK);
        var waiting = await NextWhere(projector, "RoomStepped", e => e.GetProperty("statuses").EnumerateObject().All(s => s.Value.GetString() == "submitted"));
        Assert.False(waiting.GetProperty("revealed").GetBoolean());

        // Only the facilitator steps it; a wrong step or pair is refused naming the field, and changes nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await sam.SendRaw(HttpMethod.Put, room, JsonSerializer.Serialize(new { pairId, step = "startingPoints" }))).Status);
        var (badStep, badStepBody) = await lee.SendRaw(HttpMethod.Put, room, JsonSerializer.Serialize(new { pairId, step = "dessert" }));
        Assert.True(badStep == HttpStatusCode.BadRequest && badStepBody.Contains("\"step\"", StringComparison.Ordinal), badStepBody);
        var (badPair, badPairBody) = await lee.SendRaw(HttpMethod.Put, room, JsonSerializer.Serialize(new { pairId = Guid.NewGuid(), step = "startingPoints" }));
        Assert.True(badPair == HttpStatusCode.BadRequest && badPairBody.Contains("\"pairId\"", StringComparison.Ordinal), badPairBody);
        Assert.Equal(pairId, (await lee.Send(HttpMethod.Get, $"/api/sessions/{sessionId}", null, HttpStatusCode.OK))["room"]!["pairId"]!.GetValue<Guid>());

        // Before the release the facilitator's devices hold statuses, never a word of either perspective.
        await projector.Quiet(TimeSpan.FromSeconds(1));
        SessionScans.ForAFacilitatorBeforeARelease()
            .Forbid("zq-sam-sealed", "zq-alex-sealed")
            .AssertClean([.. lee.Received, .. device.Messages, .. projector.Messages], "the facilitator's devices", ReceivedMessage.Session, "RoomStepped", "SessionChanged");

        await lee.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/pairs/{pairId}/release", null, HttpStatusCode.OK);
        var depth = await lee.Send(HttpMethod.Put, room, new { pairId, step = "depth" }, HttpStatusCode.OK);
        Assert.Equal(("depth", true), (depth["room"]!["step"]!.GetValue<string>(), depth["room"]!["revealed"]!.GetValue<bool>()));
        var onScreen = await NextWhere(projector, "RoomStepped", e => e.GetProperty("step").GetString() == "depth");
        Assert.True(onScreen.GetProperty("revealed").GetBoolean());
        Assert.DoesNotContain("zq-alex-sealed", onScreen.GetRawText(), StringComparison.Ordinal);
        await NextWhere(device, "RoomStepped", e => e.GetProperty("step").GetString() == "depth");
        await lee.Send(HttpMethod.Put, room, new { pairId, step = "initiation" }, HttpStatusCode.OK);
        await NextWhere(projector, "RoomStepped", e => e.GetProperty("step").GetString() == "initiation");

        // The participants' screens never hear the room, and their copy of the session holds no room.
        await samHub.Quiet(TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(samHub.Received, e => e.Name == "RoomStepped");
        Assert.Null((await sam.Send(HttpMethod.Get, $"/api/sessions/{sessionId}", null, HttpStatusCode.OK))["room"]);
    }

    [Fact]
    public async Task A_family_summary_reads_only_the_released_pairs_and_names_a_repeated_shared_imbalance()
    {
        var lee = await host.Person("Dr Lee");
        var sessionId = (await lee.Send(HttpMethod.Post, "/api/sessions", new { title = "The Riveras", kind = "family" }, HttpStatusCode.Created))["sessionId"]!.GetValue<Guid>();
        var (mum, mumSeat) = await Seated(lee, sessionId, "Mum", "Maria");
        var (ben, benSeat) = await Seated(lee, sessionId, "Ben", "Ben");
        var (cy, cySeat) = await Seated(lee, sessionId, "Cy", "Cy");
        var (dee, deeSeat) = await Seated(lee, sessionId, "Dee", "Dee");
        var pairs = (await lee.Send(HttpMethod.Get, $"/api/sessions/{sessionId}", null, HttpStatusCode.OK))["pairs"]!.AsArray();
        Assert.Equal(6, pairs.Count);
        Guid PairOf(Guid a, Guid b) => pairs.Single(p => Holds(p!, a, b))!["pairId"]!.GetValue<Guid>();
        var (mumBen, mumCy, mumDee, benCy) = (PairOf(mumSeat, benSeat), PairOf(mumSeat, cySeat), PairOf(mumSeat, deeSeat), PairOf(benSeat, cySeat));

        // Mum and Ben, Mum and Cy: both say Mum does most of the upkeep; each feels they carry a crisis.
        foreach (var (pairId, other) in new[] { (mumBen, ben), (mumCy, cy) })
        {
            await mum.SaveDraft(pairId, Rated("zq-mum-words", upkeep: "me"));
            await other.SaveDraft(pairId, Rated("zq-child-words", upkeep: "them"));
            await mum.Submit(pairId);
            await other.Submit(pairId);
            await lee.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/pairs/{pairId}/release", null, HttpStatusCode.OK);
        }

        // Mum and Dee finished but are not opened; Ben and Cy finished and are left out.
        foreach (var (pairId, a, b, marker) in new[] { (mumDee, mum, dee, "zq-unreleased"), (benCy, ben, cy, "zq-left-out") })
        {
            await a.SaveDraft(pairId, Rated(marker, upkeep: "them"));
            await b.SaveDraft(pairId, Rated(marker, upkeep: "them"));
            await a.Submit(pairId);
            await b.Submit(pairId);
        }

        await lee.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/pairs/{benCy}/leave-out", new { reason = "zq-reason" }, HttpStatusCode.OK);

        var summary = await lee.Send(HttpMethod.Get, $"/api/sessions/{sessionId}/family-summary", null, HttpStatusCode.OK);
        Assert.Equal([mumBen, mumCy], summary["pairs"]!.AsArray().Select(p => p!["pairId"]!.GetValue<Guid>()));
        JsonNode Dimension(string key) => summary["dimensions"]!.AsArray().Single(d => d!["dimension"]!.GetValue<string>() == key)!;
        Assert.Equal([mumBen, mumCy], Dimension("initiation")["similar"]!.AsArray().Select(p => p!.GetValue<Guid>()));
        Assert.Equal([mumBen, mumCy], Dimension("crisisResponse")["different"]!.AsArray().Select(p => p!.GetValue<Guid>()));
        Assert.All(Dimension("maintenance")["sharedImbalances"]!.AsArray(), s => Assert.Equal(mumSeat, s!["giverSeatId"]!.GetValue<Guid>()));
        var repeat = Assert.Single(Dimension("maintenance")["repeats"]!.AsArray())!;
        Assert.Equal(mumSeat, repeat["giverSeatId"]!.GetValue<Guid>());
        Assert.Equal([mumBen, mumCy], repeat["pairIds"]!.AsArray().Select(p => p!.GetValue<Guid>()));
        Assert.Empty(Dimension("depth")["repeats"]!.AsArray());

        // Nothing of the sealed pair or the left-out one: not their ids, not a word, not a field the scan does not know.
        var text = summary.ToJsonString();
        Assert.DoesNotContain(mumDee.ToString(), text, StringComparison.Ordinal);
        Assert.DoesNotContain(benCy.ToString(), text, StringComparison.Ordinal);
        SessionScans.ForAFamilySummary()
            .Forbid("zq-unreleased", "zq-left-out", "zq-reason", "zq-mum-words", "zq-child-words")
            .AssertClean([.. lee.Received.Where(m => m.Kind == ReceivedMessage.FamilySummary)], "the family summary", ReceivedMessage.FamilySummary);

        // A pair opened in check-in 1 and left out in check-in 2 is gone from check-in 1's summary too.
        foreach (var pairId in new[] { mumDee, PairOf(benSeat, deeSeat), PairOf(cySeat, deeSeat) })
        {
            await lee.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/pairs/{pairId}/leave-out", new { reason = "" }, HttpStatusCode.OK);
        }

        await lee.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/check-ins", null, HttpStatusCode.OK);
        await lee.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/pairs/{mumCy}/leave-out", new { reason = "" }, HttpStatusCode.OK);
        var earlier = await lee.Send(HttpMethod.Get, $"/api/sessions/{sessionId}/family-summary?checkIn=1", null, HttpStatusCode.OK);
        Assert.Equal([mumBen], earlier["pairs"]!.AsArray().Select(p => p!["pairId"]!.GetValue<Guid>()));
        Assert.DoesNotContain(mumCy.ToString(), earlier.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty((await lee.Send(HttpMethod.Get, $"/api/sessions/{sessionId}/family-summary", null, HttpStatusCode.OK))["pairs"]!.AsArray());

        Assert.Equal(HttpStatusCode.NotFound, (await ben.SendRaw(HttpMethod.Get, $"/api/sessions/{sessionId}/family-summary", null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await lee.SendRaw(HttpMethod.Get, $"/api/sessions/{sessionId}/family-summary?checkIn=3", null)).Status);
        var (bad, badBody) = await lee.SendRaw(HttpMethod.Get, $"/api/sessions/{sessionId}/family-summary?checkIn=abc", null);
        Assert.True(bad == HttpStatusCode.BadRequest && badBody.Contains("\"checkIn\"", StringComparison.Ordinal), badBody);
        var couple = (await lee.Send(HttpMethod.Post, "/api/sessions", new { title = "Two", kind = "couple" }, HttpStatusCode.Created))["sessionId"]!.GetValue<Guid>();
        Assert.Equal(HttpStatusCode.Conflict, (await lee.SendRaw(HttpMethod.Get, $"/api/sessions/{couple}/family-summary", null)).Status);
    }

    [Fact]
    public async Task The_filed_report_is_dated_confidential_and_holds_seat_names_starting_points_thanks_and_small_things()
    {
        var lee = await host.Person("Dr Lee");
        var sessionId = (await lee.Send(HttpMethod.Post, "/api/sessions", new { title = "Couple", kind = "couple" }, HttpStatusCode.Created))["sessionId"]!.GetValue<Guid>();
        var (sam, _) = await Seated(lee, sessionId, "Sam R.", "Samuel");
        var (alex, _) = await Seated(lee, sessionId, "Alex R.", "Alexandra");
        var pairId = (await lee.Send(HttpMethod.Get, $"/api/sessions/{sessionId}", null, HttpStatusCode.OK))["pairs"]![0]!["pairId"]!.GetValue<Guid>();
        await sam.SaveDraft(pairId, AuditClient.PrivatePerspective("zq-sam-private"));
        await alex.SaveDraft(pairId, AuditClient.Perspective("zq-alex-shared"));
        await sam.Submit(pairId);
        await alex.Submit(pairId);
        await lee.Send(HttpMethod.Put, $"/api/sessions/{sessionId}/notes", new { notes = "zq-lee-notes" }, HttpStatusCode.OK);
        await lee.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/pairs/{pairId}/release", null, HttpStatusCode.OK);
        await sam.Send(HttpMethod.Put, $"/api/relationships/{pairId}/rounds/1/appreciation", new { text = "zq-thanks for listening" }, HttpStatusCode.OK);
        await alex.Send(HttpMethod.Put, $"/api/relationships/{pairId}/rounds/1/small-thing", new { text = "zq-a walk on Sundays" }, HttpStatusCode.OK);

        var report = await lee.Http.GetStringAsync(new Uri($"/api/sessions/{sessionId}/report?notes=true", UriKind.Relative));

        Assert.Contains("> **Confidential:", report, StringComparison.Ordinal);
        Assert.Contains($"Made on {DateTimeOffset.UtcNow.UtcDateTime.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture)}.", report, StringComparison.Ordinal);
        Assert.Contains("Participants: \u2068Sam R.\u2069, \u2068Alex R.\u2069.", report, StringComparison.Ordinal);
        Assert.Contains("## \u2068Sam R.\u2069 and \u2068Alex R.\u2069", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Samuel", report, StringComparison.Ordinal);
        Assert.Contains("### Where to start", report, StringComparison.Ordinal);
        Assert.Contains("- **Reaching out**: Different experiences. ", report, StringComparison.Ordinal);
        Assert.Contains("- **\u2068Sam R.\u2069**, a word of thanks: “\u2068zq-thanks for listening\u2069”", report, StringComparison.Ordinal);
        Assert.Contains("- **\u2068Alex R.\u2069**, one small thing I’ll try: “\u2068zq-a walk on Sundays\u2069”", report, StringComparison.Ordinal);
        Assert.Contains("zq-alex-shared picture", report, StringComparison.Ordinal);
        Assert.Contains("zq-lee-notes", report, StringComparison.Ordinal);
        Assert.DoesNotContain("zq-sam-private", report, StringComparison.Ordinal);

        // The facilitator's pair view carries the same thanks and small things, by person.
        var rounds = await lee.Send(HttpMethod.Get, $"/api/sessions/{sessionId}/pairs/{pairId}", null, HttpStatusCode.OK);
        Assert.Equal("zq-thanks for listening", rounds["rounds"]![0]!["appreciations"]![sam.PersonId.ToString()]!.GetValue<string>());
        Assert.Equal("zq-a walk on Sundays", rounds["rounds"]![0]!["smallThings"]![alex.PersonId.ToString()]!.GetValue<string>());
    }

    /// <summary>Every dimension answered; crisis leans "me" for both (each feels they carry it), upkeep as given at 2.</summary>
    private static object Rated(string marker, string upkeep) => new
    {
        dimensions = new
        {
            initiation = new { score = 3, leans = "neither", note = marker + " initiation" },
            depth = new { score = 4, leans = "neither", note = "" },
            crisisResponse = new { score = 3, leans = "me", note = marker + " crisis" },
            maintenance = new { score = 2, leans = upkeep, note = marker + " upkeep" },
        },
        overall = 2,
        picture = new { kind = "mutualPattern", text = marker + " picture" },
        season = new { kind = "transition", note = marker + " season" },
    };

    /// <summary>A seat named <paramref name="seatName"/> by the facilitator, claimed by a new person who calls themselves <paramref name="displayName"/>.</summary>
    private async Task<(AuditClient Person, Guid SeatId)> Seated(AuditClient facilitator, Guid sessionId, string seatName, string displayName)
    {
        var seat = await facilitator.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/participants", new { name = seatName }, HttpStatusCode.Created);
        var person = await host.Person(displayName);
        await person.Send(HttpMethod.Post, $"/api/seats/{seat["seatCode"]!.GetValue<string>()}/claim", null, HttpStatusCode.OK);
        return (person, seat["seatId"]!.GetValue<Guid>());
    }

    private static bool Holds(JsonNode pair, Guid a, Guid b)
    {
        var seats = pair["seats"]!.AsArray().Select(s => s!.GetValue<Guid>()).ToList();
        return seats.Contains(a) && seats.Contains(b);
    }

    private static async Task<JsonElement> NextWhere(HubWatcher hub, string name, Func<JsonElement, bool> where)
    {
        while (true)
        {
            var payload = await hub.Next(name);
            if (where(payload))
            {
                return payload;
            }
        }
    }
}

/// <summary>The room on one Combined host on SQLite.</summary>
public sealed class RoomContract(SqliteHostFixture host) : RoomContract<SqliteHostFixture>(host), IClassFixture<SqliteHostFixture>;

/// <summary>The room on a front end (Host:Role=Frontend) of a silo process, on PostgreSQL.</summary>
public sealed class RoomContractOnFrontend(FrontendHostFixture host) : RoomContract<FrontendHostFixture>(host), IClassFixture<FrontendHostFixture>;
