using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using System.Text.Json.Nodes;
using Reciprocity.Host.Tests.Infrastructure;
using Reciprocity.Host.Tests.Visibility;

namespace Reciprocity.Host.Tests.Audits;

/// <summary>Drafts that break the contract, each with the field the answer must name.</summary>
public static class BadDrafts
{
    public static TheoryData<string, string, string?> All => new()
    {
        { "score too high", """{"dimensions":{"initiation":{"score":6}}}""", "dimensions.initiation.score" },
        { "score too low", """{"overall":0}""", "overall" },
        { "score as a string", """{"dimensions":{"depth":{"score":"3"}}}""", "dimensions.depth.score" },
        { "score with a fraction", """{"overall":3.5}""", "overall" },
        { "unknown leaning", """{"dimensions":{"depth":{"leans":"sideways"}}}""", "dimensions.depth.leans" },
        { "leaning as a number", """{"dimensions":{"depth":{"leans":1}}}""", "dimensions.depth.leans" },
        { "unknown season", """{"season":{"kind":"winter"}}""", "season.kind" },
        { "unknown picture kind", """{"picture":{"kind":"verdict","text":"x"}}""", "picture.kind" },
        { "note too long", "{\"dimensions\":{\"maintenance\":{\"note\":\"" + new string('a', 2001) + "\"}}}", "dimensions.maintenance.note" },
        { "picture too long", "{\"picture\":{\"kind\":\"boundary\",\"text\":\"" + new string('b', 4001) + "\"}}", "picture.text" },
        { "control character", """{"season":{"kind":"other","note":"bell\u0007"}}""", "season.note" },
        { "control characters in a blank note", """{"dimensions":{"depth":{"note":"\u000b\u000c"}}}""", "dimensions.depth.note" },
        { "a next-line character as a season note", """{"season":{"kind":"grief","note":"\u0085"}}""", "season.note" },
        { "a misspelled field", """{"overal":3}""", "overal" },
        { "a misspelled field beside good ones", """{"overall":3,"sesaon":{"kind":"grief"}}""", "sesaon" },
        { "an unknown field in a dimension", """{"dimensions":{"initiation":{"scor":3}}}""", "dimensions.initiation.scor" },
        { "an unknown dimension", """{"dimensions":{"honesty":{"score":3}}}""", "dimensions.honesty" },
        { "an unknown field in the season", """{"season":{"kind":"grief","notes":"x"}}""", "season.notes" },
        { "malformed json", """{"overall":3""", null },
        { "not an object", """[1,2]""", null },
        { "empty body", "", null },
    };
}

/// <summary>Every kind of bad input answers 4xx problem details naming what is wrong, never 5xx, and changes nothing.</summary>
public abstract class BadInputContract<THost>(THost host)
    where THost : AuditHostFixture
{
    [Theory]
    [MemberData(nameof(BadDrafts.All), MemberType = typeof(BadDrafts))]
    public async Task A_bad_draft_is_refused_with_problem_details_naming_the_field_and_nothing_is_saved(string why, string body, string? field)
    {
        var (alex, relationshipId) = await AlexWithADraft();
        var before = (await alex.View(relationshipId)).ToJsonString();

        var (status, text) = await alex.SendRaw(HttpMethod.Put, $"/api/relationships/{relationshipId}/draft", body);

        Assert.True(status == HttpStatusCode.BadRequest, $"{why}: {(int)status} {text}");
        Assert.Contains("\"status\":400", text, StringComparison.Ordinal);
        if (field is not null)
        {
            Assert.Contains($"\"{field}\"", text, StringComparison.Ordinal);
        }

        Assert.Equal(before, (await alex.View(relationshipId)).ToJsonString());
    }

    [Fact]
    public async Task A_misspelled_field_is_named_as_unknown_rather_than_dropped()
    {
        var (alex, relationshipId) = await AlexWithADraft();
        var (status, text) = await alex.SendRaw(HttpMethod.Put, $"/api/relationships/{relationshipId}/draft", """{"overal":3}""");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = JsonNode.Parse(text)!["errors"]!.AsObject();
        Assert.Equal(["overal"], errors.Select(e => e.Key));
        Assert.Contains("spelling", errors["overal"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, (await alex.View(relationshipId))["round"]!["myDraft"]!["overall"]!.GetValue<int>());
    }

    [Fact]
    public async Task Bad_hub_arguments_answer_a_hub_exception_without_a_stack_trace_and_the_connection_carries_on()
    {
        var (alex, relationshipId) = await AlexWithADraft();
        await using var hub = await HubWatcher.Connect(host.Factory.Server, alex.AccessKey);
        var calls = new (string Method, object?[] Arguments)[]
        {
            ("Watch", ["not-a-guid"]),
            ("Watch", [relationshipId.ToString("N")[..10]]),
            ("Watch", [null]),
            ("Watch", []),
            ("Watch", [relationshipId, "and more"]),
            ("Watch", [new { relationshipId }]),
            ("Watch", [42]),
            ("Watch", [new string('x', 30_000)]),
            ("Watch", [Guid.Empty]),
            ("Watch", [Guid.NewGuid()]),
            ("watch", ["not-a-guid"]),
            ("Reveal", [relationshipId]),
        };

        foreach (var (method, arguments) in calls)
        {
            var refusal = await Assert.ThrowsAsync<HubException>(() => hub.Connection.InvokeCoreAsync(method, typeof(JsonElement), arguments));
            var call = $"{method}({JsonSerializer.Serialize(arguments)[..Math.Min(60, JsonSerializer.Serialize(arguments).Length)]})";
            Assert.True(!refusal.Message.Contains(" at ", StringComparison.Ordinal) && !refusal.Message.Contains("Reciprocity.", StringComparison.Ordinal),
                $"{call} answered with internals: {refusal.Message}");
            Assert.Equal(HubConnectionState.Connected, hub.Connection.State);
        }

        var view = await hub.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);
        Assert.Equal(relationshipId, view.GetProperty("relationshipId").GetGuid());
        await alex.SaveDraft(relationshipId, AuditClient.Perspective("alex"));
        await alex.Submit(relationshipId);
        await hub.Next("StatusChanged");
    }

    [Fact]
    public async Task A_refused_draft_sends_the_watching_partner_nothing()
    {
        var alex = await host.Person("Alex");
        var sam = await host.Person("Sam");
        var (relationshipId, code) = await alex.StartRelationship("Sam");
        await sam.Accept(code);
        await using var samHub = await HubWatcher.Connect(host.Factory.Server, sam.AccessKey);
        await samHub.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);
        await alex.SaveDraft(relationshipId, AuditClient.Perspective("alex"));
        await samHub.Next("StatusChanged");
        await samHub.Quiet();

        var before = samHub.Log.Count;
        foreach (var row in BadDrafts.All)
        {
            var (status, text) = await alex.SendRaw(HttpMethod.Put, $"/api/relationships/{relationshipId}/draft", (string)row[1]);
            Assert.True(status == HttpStatusCode.BadRequest, $"{row[0]}: {(int)status} {text}");
        }

        await samHub.Quiet();
        Assert.DoesNotContain(samHub.Log.Since(before), m => m.Kind != ReceivedMessage.Ping);

        await alex.Submit(relationshipId);
        await samHub.Next("StatusChanged");
        await samHub.Quiet();
        before = samHub.Log.Count;
        Assert.Equal(HttpStatusCode.Conflict, (await alex.SendRaw(HttpMethod.Put, $"/api/relationships/{relationshipId}/draft", """{"overall":5}""")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await sam.SendRaw(HttpMethod.Put, $"/api/relationships/{relationshipId}/draft", """{"overall":9}""")).Status);
        await samHub.Quiet();
        Assert.DoesNotContain(samHub.Log.Since(before), m => m.Kind != ReceivedMessage.Ping);
    }

    [Fact]
    public async Task An_oversized_body_answers_413_and_changes_nothing()
    {
        var (alex, relationshipId) = await AlexWithADraft();
        var before = (await alex.View(relationshipId)).ToJsonString();
        var (status, text) = await alex.SendRaw(HttpMethod.Put, $"/api/relationships/{relationshipId}/draft", "{\"season\":{\"note\":\"" + new string('c', 70_000) + "\"}}");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("\"status\":413", text, StringComparison.Ordinal);
        Assert.Equal(before, (await alex.View(relationshipId)).ToJsonString());
    }

    [Theory]
    [InlineData("""{"displayName":""}""", "displayName")]
    [InlineData("""{"displayName":"   "}""", "displayName")]
    [InlineData("""{}""", "displayName")]
    [InlineData("""{"displayName":"Line\nbreak"}""", "displayName")]
    [InlineData("""{"displayName":"Bell\u0007"}""", "displayName")]
    [InlineData("""{"displayName":42}""", "displayName")]
    [InlineData("""{"displayName":"Sam","isFacilitator":true}""", "isFacilitator")]
    [InlineData("""{"displayName":"Sam\u2028Lee"}""", "displayName")]
    [InlineData("""{"displayName":"\u200b\u200d"}""", "displayName")]
    [InlineData("""{"displayName":"Sam\u202eevilnoc.exe"}""", "displayName")]
    [InlineData("""{"displayName":"\u2066Sam\u2069"}""", "displayName")]
    public async Task A_bad_new_person_is_refused(string body, string field)
    {
        using var http = host.Factory.CreateClient();
        var (status, text) = await new AuditClient(http).SendRaw(HttpMethod.Post, "/api/people", body);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains($"\"{field}\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_over_long_display_name_is_refused()
    {
        using var http = host.Factory.CreateClient();
        var (status, text) = await new AuditClient(http).SendRaw(HttpMethod.Post, "/api/people", $$"""{"displayName":"{{new string('n', 81)}}"}""");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("\"displayName\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"kind":"stranger","partnerName":"Sam"}""", "kind")]
    [InlineData("""{"label":"x","partnerName":"Sam"}""", "kind")]
    [InlineData("""{"kind":"partner","partnerName":""}""", "partnerName")]
    [InlineData("""{"kind":"partner","label":"Us\u0001","partnerName":"Sam"}""", "label")]
    [InlineData("""{"kind":"partner","lable":"Us","partnerName":"Sam"}""", "lable")]
    [InlineData("""{"kind":"partner","label":"Us\u2029","partnerName":"Sam"}""", "label")]
    [InlineData("""{"kind":"partner","label":"Us","partnerName":"Sam\u202eevilnoc.exe"}""", "partnerName")]
    [InlineData("""{"kind":"partner","label":"Us","partnerName":"\u200b"}""", "partnerName")]
    public async Task A_bad_new_relationship_is_refused_and_none_is_made(string body, string field)
    {
        var alex = await host.Person("Alex");
        var (status, text) = await alex.SendRaw(HttpMethod.Post, "/api/relationships", body);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains($"\"{field}\"", text, StringComparison.Ordinal);
        Assert.Empty((await alex.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK))["relationships"]!.AsArray());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer")]
    [InlineData("Bearer not-a-key")]
    [InlineData("Basic YWxleDpzZWNyZXQ=")]
    [InlineData("Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_missing_or_wrong_key_answers_401_problem_details(string? authorization)
    {
        using var http = host.Factory.CreateClient();
        if (authorization is not null)
        {
            http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        }

        foreach (var path in new[] { "/api/me", $"/api/relationships/{Guid.NewGuid()}" })
        {
            using var response = await http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Unknown_used_and_own_invite_codes_are_refused_with_their_own_status()
    {
        var alex = await host.Person("Alex");
        var sam = await host.Person("Sam");
        var jo = await host.Person("Jo");
        var (relationshipId, code) = await alex.StartRelationship("Sam");

        Assert.Equal(HttpStatusCode.NotFound, (await sam.SendRaw(HttpMethod.Post, "/api/invites/nonsense/accept", null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await sam.SendRaw(HttpMethod.Post, $"/api/invites/{code[..^2]}AA/accept", null)).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await alex.SendRaw(HttpMethod.Post, $"/api/invites/{code}/accept", null)).Status);
        await sam.Accept(code);
        var (status, text) = await jo.SendRaw(HttpMethod.Post, $"/api/invites/{code}/accept", null);
        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Contains("\"status\":410", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await jo.SendRaw(HttpMethod.Get, $"/api/relationships/{relationshipId}", null)).Status);
        Assert.Equal("Sam", (await alex.View(relationshipId))["partner"]!["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Submitting_an_incomplete_draft_names_each_missing_field_and_seals_nothing()
    {
        var (alex, relationshipId) = await AlexWithADraft();
        var (status, text) = await alex.SendRaw(HttpMethod.Post, $"/api/relationships/{relationshipId}/submit", null);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        foreach (var field in new[] { "dimensions.depth.score", "dimensions.crisisResponse.score", "dimensions.maintenance.score", "picture.text" })
        {
            Assert.Contains($"\"{field}\"", text, StringComparison.Ordinal);
        }

        Assert.Equal("inProgress", (await alex.View(relationshipId))["round"]!["myStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task Changing_a_submitted_draft_answers_409()
    {
        var alex = await host.Person("Alex");
        var (relationshipId, _) = await alex.StartRelationship("Sam");
        await alex.SaveDraft(relationshipId, AuditClient.Perspective("sealed"));
        await alex.Submit(relationshipId);
        var before = (await alex.View(relationshipId)).ToJsonString();
        Assert.Equal(HttpStatusCode.Conflict, (await alex.SendRaw(HttpMethod.Put, $"/api/relationships/{relationshipId}/draft", """{"overall":5}""")).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await alex.SendRaw(HttpMethod.Post, $"/api/relationships/{relationshipId}/rounds", null)).Status);
        Assert.Equal(before, (await alex.View(relationshipId)).ToJsonString());
    }

    [Fact]
    public async Task An_unknown_api_path_answers_404_problem_details()
    {
        var alex = await host.Person("Alex");
        var (status, text) = await alex.SendRaw(HttpMethod.Get, "/api/nothing-here", null);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("\"status\":404", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await alex.SendRaw(HttpMethod.Get, "/api/relationships/not-a-guid", null)).Status);
    }

    private async Task<(AuditClient Alex, Guid RelationshipId)> AlexWithADraft()
    {
        var alex = await host.Person("Alex");
        var (relationshipId, _) = await alex.StartRelationship("Sam");
        await alex.SaveDraft(relationshipId, new { dimensions = new { initiation = new { score = 3, leans = "me", note = "kept" } }, overall = 2 });
        return (alex, relationshipId);
    }
}

public sealed class BadInputOnSqlite(SqliteHostFixture host) : BadInputContract<SqliteHostFixture>(host), IClassFixture<SqliteHostFixture>;

public sealed class BadInputOnPostgres(PostgresHostFixture host) : BadInputContract<PostgresHostFixture>(host), IClassFixture<PostgresHostFixture>;

public sealed class BadInputOnFrontend(FrontendHostFixture host) : BadInputContract<FrontendHostFixture>(host), IClassFixture<FrontendHostFixture>;
