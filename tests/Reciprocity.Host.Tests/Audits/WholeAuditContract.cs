using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Reciprocity.Host.Tests.Infrastructure;
using Reciprocity.Host.Tests.Visibility;

namespace Reciprocity.Host.Tests.Audits;

public abstract class WholeAuditContract<THost>(THost host)
    where THost : AuditHostFixture
{
    [Fact]
    public async Task Two_people_run_a_whole_audit_over_http_and_the_hub_and_see_the_reveal_live()
    {
        var alex = await host.Person("Alex");
        var sam = await host.Person("Sam");
        var (relationshipId, inviteCode) = await alex.StartRelationship("Sam");
        var joined = await sam.Accept(inviteCode);
        Assert.Equal("Alex", joined["partner"]!["displayName"]!.GetValue<string>());

        await using var alexHub = await HubWatcher.Connect(host.Factory.Server, alex.AccessKey);
        await using var samHub = await HubWatcher.Connect(host.Factory.Server, sam.AccessKey, keyAsHeader: true);
        var watched = await samHub.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);
        Assert.Equal("notStarted", watched.GetProperty("round").GetProperty("partnerStatus").GetString());
        await alexHub.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);

        await alex.SaveDraft(relationshipId, AuditClient.Perspective("alex-words"));
        var status = await samHub.Next("StatusChanged");
        if (status.GetProperty("statuses").GetProperty(alex.PersonId.ToString()).GetString() == "notStarted")
        {
            // The accept's event was published before Sam watched; events are one-way and may arrive after Watch.
            status = await samHub.Next("StatusChanged");
        }

        Assert.Equal(["relationshipId", "roundNumber", "statuses"], status.EnumerateObject().Select(p => p.Name));
        Assert.Equal("inProgress", status.GetProperty("statuses").GetProperty(alex.PersonId.ToString()).GetString());
        Assert.Equal("notStarted", status.GetProperty("statuses").GetProperty(sam.PersonId.ToString()).GetString());

        await alex.Submit(relationshipId);
        var submitted = await samHub.Next("StatusChanged");
        Assert.Equal("submitted", submitted.GetProperty("statuses").GetProperty(alex.PersonId.ToString()).GetString());

        await sam.SaveDraft(relationshipId, AuditClient.Perspective("sam-words", overall: 4));
        var revealedView = await sam.Submit(relationshipId);
        Assert.True(revealedView["round"]!["revealed"]!.GetValue<bool>());

        var alexReveal = await alexHub.Next("Revealed");
        var samReveal = await samHub.Next("Revealed");
        Assert.Equal(alexReveal.GetRawText(), samReveal.GetRawText());
        Assert.Contains("alex-words initiation", samReveal.GetProperty("perspectives").GetProperty(alex.PersonId.ToString()).GetRawText(), StringComparison.Ordinal);
        Assert.Contains("sam-words initiation", alexReveal.GetProperty("perspectives").GetProperty(sam.PersonId.ToString()).GetRawText(), StringComparison.Ordinal);
        Assert.Equal(
            revealedView["round"]!["reveal"]!["revealedAt"]!.GetValue<DateTimeOffset>(),
            alexReveal.GetProperty("revealedAt").GetDateTimeOffset());

        var alexView = await alex.View(relationshipId);
        Assert.Equal("sam-words crisis", alexView["round"]!["reveal"]!["theirs"]!["dimensions"]!["crisisResponse"]!["note"]!.GetValue<string>());
        Assert.Single(alexView["history"]!.AsArray());

        var nextRound = await alex.Send(HttpMethod.Post, $"/api/relationships/{relationshipId}/rounds", null, HttpStatusCode.OK);
        Assert.Equal(2, nextRound["round"]!["number"]!.GetValue<int>());
        while ((await samHub.Next("StatusChanged")).GetProperty("roundNumber").GetInt32() != 2)
        {
            // Events of round 1 that Sam has not read yet come first.
        }

        var me = await sam.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK);
        var summary = me["relationships"]!.AsArray().Single()!;
        Assert.Equal("Alex", summary["partnerName"]!.GetValue<string>());
        Assert.Equal(2, summary["roundNumber"]!.GetValue<int>());
    }

    [Fact]
    public async Task Nothing_the_partner_receives_before_a_reveal_holds_any_field_of_the_others_perspective_in_round_one_or_two()
    {
        var alex = await host.Person("Alex");
        var sam = await host.Person("Sam");
        var (relationshipId, inviteCode) = await alex.StartRelationship("Sam");
        await sam.Accept(inviteCode);
        await using var samHub = await HubWatcher.Connect(host.Factory.Server, sam.AccessKey);
        await samHub.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);

        // Round 1: Alex drafts piece by piece and seals it; Sam looks everywhere a partner can.
        await alex.SaveDraft(relationshipId, new { dimensions = new { initiation = new { note = "qx1-first-words" } } });
        await samHub.Next("StatusChanged");
        await alex.SaveDraft(relationshipId, Sealed("qx1"));
        await alex.Submit(relationshipId);
        await samHub.Next("StatusChanged");
        await LookEverywhere(sam, samHub, relationshipId);
        await samHub.Quiet();
        VisibilityScan.BeforeTheReveal(1).Forbid([.. SealedTexts("qx1"), "qx1-first-words"])
            .AssertClean([.. sam.Received, .. samHub.Messages], "Sam in round 1", ReceivedMessage.View, ReceivedMessage.Me, ReceivedMessage.Problem, ReceivedMessage.Result, "StatusChanged");
        Assert.DoesNotContain(samHub.Received, e => e.Name == "Revealed");

        // Round 1 opens and round 2 starts: from then on round 1 may show, round 2's sealed answers may not.
        await sam.SaveDraft(relationshipId, AuditClient.Perspective("sam-round-1", overall: 4));
        await sam.Submit(relationshipId);
        await samHub.Next("Revealed");
        await alex.Send(HttpMethod.Post, $"/api/relationships/{relationshipId}/rounds", null, HttpStatusCode.OK);
        while ((await samHub.Next("StatusChanged")).GetProperty("roundNumber").GetInt32() != 2)
        {
            // Events of round 1 that Sam has not read yet come first.
        }

        await samHub.Quiet();
        var (http, hub) = (sam.Received.Count, samHub.Log.Count);
        await alex.SaveDraft(relationshipId, new { season = new { kind = "illness", note = "qx2-first-words" } });
        await samHub.Next("StatusChanged");
        await alex.SaveDraft(relationshipId, Sealed("qx2"));
        await alex.Submit(relationshipId);
        await LookEverywhere(sam, samHub, relationshipId);
        await samHub.Quiet();
        VisibilityScan.BeforeTheReveal(2).Forbid([.. SealedTexts("qx2"), "qx2-first-words"])
            .AssertClean([.. sam.Received.Skip(http), .. samHub.Log.Since(hub)], "Sam in round 2", ReceivedMessage.View, ReceivedMessage.Me, ReceivedMessage.Problem, ReceivedMessage.Result, "StatusChanged");
        Assert.Contains("qx1 depth", (await sam.View(relationshipId)).ToJsonString(), StringComparison.Ordinal);
    }

    /// <summary>Every way a partner can ask: the view, the list, their own draft, a premature submit and round, a misspelled field, Watch again.</summary>
    internal static async Task LookEverywhere(AuditClient partner, HubWatcher partnerHub, Guid relationshipId)
    {
        await partner.View(relationshipId);
        await partner.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK);
        // A first save of the round moves the partner's status (an event); a save after one moves nothing and sends none.
        await partner.SaveDraft(relationshipId, new { overall = 3 });
        Assert.Equal(HttpStatusCode.BadRequest, (await partner.SendRaw(HttpMethod.Post, $"/api/relationships/{relationshipId}/submit", null)).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await partner.SendRaw(HttpMethod.Post, $"/api/relationships/{relationshipId}/rounds", null)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await partner.SendRaw(HttpMethod.Put, $"/api/relationships/{relationshipId}/draft", """{"overal":1}""")).Status);
        await partnerHub.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);
    }

    /// <summary>A complete perspective whose every text carries <paramref name="marker"/>, with scores, leanings and kinds set.</summary>
    internal static object Sealed(string marker) => new
    {
        dimensions = new
        {
            initiation = new { score = 1, leans = "them", note = $"{marker} initiation" },
            depth = new { score = 5, leans = "me", note = $"{marker} depth" },
            crisisResponse = new { score = 1, leans = "neither", note = $"{marker} crisis" },
            maintenance = new { score = 2, leans = "them", note = $"{marker} upkeep" },
        },
        overall = 1,
        picture = new { kind = "boundary", text = $"{marker} picture" },
        season = new { kind = "grief", note = $"{marker} season" },
    };

    internal static string[] SealedTexts(string marker) =>
        [$"{marker} initiation", $"{marker} depth", $"{marker} crisis", $"{marker} upkeep", $"{marker} picture", $"{marker} season"];

    [Fact]
    public async Task A_note_deleted_as_the_web_app_sends_it_stays_deleted_and_a_left_out_field_stays_kept()
    {
        var alex = await host.Person("Alex");
        var (relationshipId, _) = await alex.StartRelationship("Sam");
        await alex.SaveDraft(relationshipId, new { dimensions = new { depth = new { note = "half a thought" }, maintenance = new { score = 4, note = "kept" } }, overall = 3 });

        // What the web app sends once the only note of the unscored dimension is deleted: every dimension, each with its note.
        await alex.SaveDraft(relationshipId, new
        {
            dimensions = new
            {
                initiation = new { note = "" },
                depth = new { note = "" },
                crisisResponse = new { note = "" },
                maintenance = new { score = 4, note = "kept" },
            },
        });
        await alex.SaveDraft(relationshipId, new { dimensions = new { maintenance = new { note = (string?)null } }, season = new { kind = "grief" } });

        var draft = (await alex.View(relationshipId))["round"]!["myDraft"]!;
        Assert.Equal("", draft["dimensions"]!["depth"]!["note"]!.GetValue<string>());
        Assert.Equal("kept", draft["dimensions"]!["maintenance"]!["note"]!.GetValue<string>());
        Assert.Equal(4, draft["dimensions"]!["maintenance"]!["score"]!.GetValue<int>());
        Assert.Equal(3, draft["overall"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_third_person_gets_404_from_every_relationship_endpoint_and_cannot_watch()
    {
        var alex = await host.Person("Alex");
        var stranger = await host.Person("Jo");
        var (relationshipId, _) = await alex.StartRelationship("Sam");
        await alex.SaveDraft(relationshipId, AuditClient.Perspective("private"));

        var path = $"/api/relationships/{relationshipId}";
        foreach (var (method, route, body) in new (HttpMethod, string, string?)[]
        {
            (HttpMethod.Get, path, null),
            (HttpMethod.Put, path + "/draft", """{"overall":3}"""),
            (HttpMethod.Post, path + "/submit", null),
            (HttpMethod.Post, path + "/rounds", null),
            (HttpMethod.Get, $"/api/relationships/{Guid.NewGuid()}", null),
        })
        {
            var (status, text) = await stranger.SendRaw(method, route, body);
            Assert.True(status == HttpStatusCode.NotFound, $"{method} {route} answered {(int)status}");
            Assert.DoesNotContain("private", text, StringComparison.Ordinal);
        }

        await using var strangerHub = await HubWatcher.Connect(host.Factory.Server, stranger.AccessKey);
        await Assert.ThrowsAsync<HubException>(() => strangerHub.Connection.InvokeAsync<JsonElement>("Watch", relationshipId));
        await using var alexHub = await HubWatcher.Connect(host.Factory.Server, alex.AccessKey);
        await alexHub.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);
        await alex.SaveDraft(relationshipId, new { overall = 4 });
        await alex.Submit(relationshipId);
        await alexHub.Next("StatusChanged");
        await strangerHub.Quiet();
        Assert.Empty(strangerHub.Received);
        VisibilityScan.ForAStranger().Forbid("private")
            .AssertClean([.. stranger.Received, .. strangerHub.Messages], "a third person", ReceivedMessage.Problem, ReceivedMessage.Error);
        Assert.Equal("submitted", (await alex.View(relationshipId))["round"]!["myStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_rotated_key_works_and_the_old_one_stops_at_once()
    {
        var alex = await host.Person("Alex");
        var oldKey = alex.AccessKey;
        var rotated = await alex.Send(HttpMethod.Post, "/api/me/key", null, HttpStatusCode.OK);
        var (status, _) = await alex.SendRaw(HttpMethod.Get, "/api/me", null);
        Assert.Equal(HttpStatusCode.Unauthorized, status);

        alex.UseKey(rotated["accessKey"]!.GetValue<string>());
        await alex.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK);
        Assert.NotEqual(oldKey, alex.AccessKey);
    }

    [Fact]
    public async Task The_host_serves_its_openapi_document_and_health()
    {
        using var client = host.Factory.CreateClient();
        var openApi = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/relationships/{relationshipId}/draft", openApi, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }
}

public sealed class WholeAuditOnSqlite(SqliteHostFixture host) : WholeAuditContract<SqliteHostFixture>(host), IClassFixture<SqliteHostFixture>;

public sealed class WholeAuditOnPostgres(PostgresHostFixture host) : WholeAuditContract<PostgresHostFixture>(host), IClassFixture<PostgresHostFixture>;

public sealed class WholeAuditOnFrontend(FrontendHostFixture host) : WholeAuditContract<FrontendHostFixture>(host), IClassFixture<FrontendHostFixture>;
