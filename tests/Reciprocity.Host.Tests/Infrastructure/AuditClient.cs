using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reciprocity.Host.Tests.Visibility;

namespace Reciprocity.Host.Tests.Infrastructure;

/// <summary>
/// One person speaking the public contract over HTTP. Every response body is kept, so a test can scan
/// everything this person ever received.
/// </summary>
public sealed class AuditClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public Guid PersonId { get; private set; }

    public string AccessKey { get; private set; } = "";

    /// <summary>Every answer's body, in order, sorted by kind for a <see cref="VisibilityScan"/>.</summary>
    public List<ReceivedMessage> Received { get; } = [];

    public static async Task<AuditClient> Create(HttpClient http, string displayName)
    {
        var client = new AuditClient(http);
        var created = await client.Send(HttpMethod.Post, "/api/people", new { displayName }, HttpStatusCode.Created);
        client.PersonId = created["personId"]!.GetValue<Guid>();
        client.UseKey(created["accessKey"]!.GetValue<string>());
        return client;
    }

    public void UseKey(string key)
    {
        AccessKey = key;
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
    }

    public async Task<(Guid RelationshipId, string InviteCode)> StartRelationship(string partnerName)
    {
        var created = await Send(HttpMethod.Post, "/api/relationships", new { kind = "closeFriend", label = "Us", partnerName }, HttpStatusCode.Created);
        return (created["relationshipId"]!.GetValue<Guid>(), created["inviteCode"]!.GetValue<string>());
    }

    /// <summary>A relationship to reflect on alone, or shared under the given reveal policy.</summary>
    public async Task<Guid> StartRelationship(string partnerName, bool solo, string revealPolicy = "auto")
    {
        var created = await Send(HttpMethod.Post, "/api/relationships", new { kind = "familyMember", label = "", partnerName, solo, revealPolicy }, HttpStatusCode.Created);
        return created["relationshipId"]!.GetValue<Guid>();
    }

    /// <summary>A code to hand to the other person: a fresh one, replacing any invite already out (the one made at the start).</summary>
    public async Task<string> Invite(Guid relationshipId) =>
        (await Send(HttpMethod.Post, $"/api/relationships/{relationshipId}/invite?replace=true", null, HttpStatusCode.OK))["inviteCode"]!.GetValue<string>();

    public Task<JsonNode> Step(Guid relationshipId, string step) => Send(HttpMethod.Post, $"/api/relationships/{relationshipId}/{step}", null, HttpStatusCode.OK);

    public Task<JsonNode> Accept(string inviteCode) => Send(HttpMethod.Post, $"/api/invites/{inviteCode}/accept", null, HttpStatusCode.OK);

    public Task<JsonNode> View(Guid relationshipId) => Send(HttpMethod.Get, $"/api/relationships/{relationshipId}", null, HttpStatusCode.OK);

    public Task<JsonNode> SaveDraft(Guid relationshipId, object perspective) => Send(HttpMethod.Put, $"/api/relationships/{relationshipId}/draft", perspective, HttpStatusCode.OK);

    public Task<JsonNode> Submit(Guid relationshipId) => Send(HttpMethod.Post, $"/api/relationships/{relationshipId}/submit", null, HttpStatusCode.OK);

    public async Task<JsonNode> Send(HttpMethod method, string path, object? body, HttpStatusCode expected)
    {
        var (status, text) = await SendRaw(method, path, body is null ? null : JsonSerializer.Serialize(body));
        Assert.True(status == expected, $"{method} {path} answered {(int)status}, expected {(int)expected}: {text}");
        return JsonNode.Parse(text)!;
    }

    public async Task<(HttpStatusCode Status, string Body)> SendRaw(HttpMethod method, string path, string? json, string? contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = contentType is null ? null : new MediaTypeHeaderValue(contentType);
        }

        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Received.Add(ReceivedMessage.FromHttp(method, path, response.StatusCode, text));
        return (response.StatusCode, text);
    }

    /// <summary>A complete perspective whose every note and picture carries <paramref name="marker"/> and is marked private.</summary>
    public static object PrivatePerspective(string marker) => new
    {
        dimensions = new
        {
            initiation = new { score = 1, leans = "me", note = marker + " initiation", @private = true, picture = new { kind = "boundary", text = marker + " dimension picture", @private = true } },
            depth = new { score = 4, leans = "neither", note = marker + " depth", @private = true },
            crisisResponse = new { score = 3, leans = "them", note = marker + " crisis", @private = true },
            maintenance = new { score = 2, leans = "me", note = marker + " upkeep", @private = true },
        },
        overall = 2,
        picture = new { kind = "mutualPattern", text = marker + " picture", @private = true },
        season = new { kind = "grief", note = marker + " season", @private = true },
    };

    /// <summary>A complete perspective whose every text carries <paramref name="marker"/>.</summary>
    public static object Perspective(string marker, int overall = 2) => new
    {
        dimensions = new
        {
            initiation = new { score = 2, leans = "me", note = marker + " initiation" },
            depth = new { score = 4, leans = "neither", note = "" },
            crisisResponse = new { score = 3, leans = "them", note = marker + " crisis" },
            maintenance = new { score = 2, leans = "me", note = marker + " upkeep" },
        },
        overall,
        picture = new { kind = "mutualPattern", text = marker + " picture" },
        season = new { kind = "transition", note = marker + " season" },
    };
}
