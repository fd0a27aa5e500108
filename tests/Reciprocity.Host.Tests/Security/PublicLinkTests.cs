using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Security;

/// <summary>Issue 24, item 2: every absolute link starts from the configured <c>PublicUrl</c>, whatever Host header the request names.</summary>
public sealed class PublicLinkTests
{
    private const string Public = "https://reciprocity.example.org";

    [Fact]
    public async Task Invite_and_seat_links_start_from_the_configured_public_address_not_the_requests_host()
    {
        using var folder = new TempFolder();
        await using var factory = await new ReciprocityFactory(folder.SqliteConnectionString, settings: new Dictionary<string, string> { ["PublicUrl"] = Public + "/" }).Ready();
        var alex = await AuditClient.Create(factory.CreateClient(), "Alex");

        var created = await Forged(alex, HttpMethod.Post, "/api/relationships", """{"kind":"closeFriend","label":"Us","partnerName":"Sam"}""");
        Assert.Equal($"{Public}/join/{created["inviteCode"]!.GetValue<string>()}", created["inviteUrl"]!.GetValue<string>());

        // A new link replaces the open one (a plain second invite is refused while one is out).
        var another = await Forged(alex, HttpMethod.Post, $"/api/relationships/{created["relationshipId"]!.GetValue<Guid>()}/invite?replace=true", null);
        Assert.Equal($"{Public}/join/{another["inviteCode"]!.GetValue<string>()}", another["inviteUrl"]!.GetValue<string>());

        var session = await alex.Send(HttpMethod.Post, "/api/sessions", new { title = "Us two", kind = "couple" }, HttpStatusCode.Created);
        var seat = await Forged(alex, HttpMethod.Post, $"/api/sessions/{session["sessionId"]!.GetValue<Guid>()}/participants", """{"name":"Sam"}""");
        Assert.Equal($"{Public}/seat/{seat["seatCode"]!.GetValue<string>()}", seat["seatUrl"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_public_address_that_is_not_an_http_address_stops_the_host_with_a_reason()
    {
        using var folder = new TempFolder();
        var (exitCode, output) = await HostProcess.RunUntilExit(
            new Dictionary<string, string> { ["ConnectionStrings:Reciprocity"] = folder.SqliteConnectionString, ["PublicUrl"] = "reciprocity.example.org" },
            TimeSpan.FromSeconds(60));

        Assert.Equal(1, exitCode);
        Assert.Contains("Reciprocity could not start: PublicUrl must be an absolute http or https address", output, StringComparison.Ordinal);
    }

    // The request as an attacker sends it: with a Host header naming their own site.
    private static async Task<JsonNode> Forged(AuditClient person, HttpMethod method, string path, string? json)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Host = "evil.example";
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", person.AccessKey);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await person.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
        return JsonNode.Parse(body)!;
    }
}
