using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Reciprocity.Host.Tests.Audits;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Security;

/// <summary>The answers and requests the surface contract tries.</summary>
public static partial class HostSurface
{
    public static TheoryData<string, string, bool> Answers() => new()
    {
        { "the web app", "/", false },
        { "a web app route", "/join/some-invite", false },
        { "the signed-in person", "/api/me", true },
        { "a missing key", "/api/me", false },
        { "an unknown api path", "/api/nothing-here", true },
        { "readiness", "/health/ready", false },
        { "the openapi document", "/openapi/v1.json", false },
    };

    public static TheoryData<string, string> WrongContentTypes() => new()
    {
        { "POST /api/people", "text/plain" },
        { "POST /api/people", "" },
        { "POST /api/relationships", "application/x-www-form-urlencoded" },
        { "POST /api/relationships", "" },
        { "PUT draft", "text/plain" },
        { "PUT draft", "application/xml" },
        { "PUT draft", "" },
    };

    [GeneratedRegex("<script[^>]*>", RegexOptions.IgnoreCase)]
    internal static partial Regex ScriptTag();

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>|<style[\s>]|\sstyle=|\son[a-z]+=", RegexOptions.IgnoreCase)]
    internal static partial Regex InlineScriptOrStyle();
}

/// <summary>What the host shows of itself from outside: its ports, the headers on every answer, and how it refuses what it cannot read.</summary>
public abstract class HostSurfaceContract<THost>(THost host)
    where THost : AuditHostFixture
{
    [Fact]
    public async Task The_host_opens_no_orleans_gateway_and_its_silo_listens_on_loopback()
    {
        if (host.Factory.Services.GetService<ILocalSiloDetails>() is null)
        {
            // A front end is an Orleans client of the silos: no silo here, so no silo or gateway port of its own.
            Assert.NotNull(host.Factory.Services.GetService<IClusterClient>());
            return;
        }

        var endpoints = host.Factory.Services.GetRequiredService<IOptions<EndpointOptions>>().Value;
        if (endpoints.GatewayPort != 0)
        {
            using var probe = new TcpClient();
            var answered = await AcceptsConnections(probe, endpoints.GatewayPort);
            Assert.Fail($"the Orleans gateway port {endpoints.GatewayPort} is configured{(answered ? " and accepts connections" : "")}");
        }

        Assert.Null(endpoints.GatewayListeningEndpoint);
        var silo = endpoints.SiloListeningEndpoint?.Address ?? endpoints.AdvertisedIPAddress;
        Assert.True(IPAddress.IsLoopback(silo), $"the silo listens on {silo}");
    }

    [Theory]
    [MemberData(nameof(HostSurface.Answers), MemberType = typeof(HostSurface))]
    public async Task Every_answer_carries_the_security_headers(string what, string path, bool signedIn)
    {
        var alex = await host.Person("Alex");
        if (!signedIn)
        {
            alex.Http.DefaultRequestHeaders.Authorization = null;
        }

        using var response = await alex.Http.GetAsync(path);
        var headers = response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        string Header(string name) => headers.TryGetValue(name, out var value) ? value : $"(no {name} on {what}, {(int)response.StatusCode})";

        var policy = Header("Content-Security-Policy");
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d, StringComparer.Ordinal);
        Assert.True(directives.TryGetValue("script-src", out var scripts) && scripts == "script-src 'self'", $"{what}: {policy}");
        Assert.True(directives.TryGetValue("frame-ancestors", out var frames) && frames == "frame-ancestors 'none'", $"{what}: {policy}");
        Assert.True(directives.TryGetValue("connect-src", out var connect) && connect == "connect-src 'self'", $"{what}: {policy}");
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header("Referrer-Policy"));
    }

    [Fact]
    public async Task The_built_page_needs_no_inline_script_or_style()
    {
        using var http = host.Factory.CreateClient();
        var page = await http.GetStringAsync("/");
        Assert.Contains("<div id=\"root\">", page, StringComparison.Ordinal);
        var scripts = HostSurface.ScriptTag().Matches(page).Select(m => m.Value).ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, tag => Assert.Matches("src=\"/", tag));
        Assert.DoesNotMatch(HostSurface.InlineScriptOrStyle(), page);
    }

    [Theory]
    [MemberData(nameof(HostSurface.WrongContentTypes), MemberType = typeof(HostSurface))]
    public async Task A_json_endpoint_sent_another_content_type_answers_415_problem_details_and_changes_nothing(string endpoint, string contentType)
    {
        var alex = await host.Person("Alex");
        var (relationshipId, _) = await alex.StartRelationship("Sam");
        await alex.SaveDraft(relationshipId, new { overall = 3 });
        var before = (await alex.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK)).ToJsonString() + (await alex.View(relationshipId)).ToJsonString();
        var (method, path, body) = endpoint switch
        {
            "POST /api/people" => (HttpMethod.Post, "/api/people", """{"displayName":"Robin"}"""),
            "POST /api/relationships" => (HttpMethod.Post, "/api/relationships", """{"kind":"partner","partnerName":"Robin"}"""),
            _ => (HttpMethod.Put, $"/api/relationships/{relationshipId}/draft", """{"overall":5}"""),
        };

        var (status, text) = await alex.SendRaw(method, path, body, contentType.Length == 0 ? null : contentType);

        Assert.True(status == HttpStatusCode.UnsupportedMediaType, $"{endpoint} with '{contentType}' answered {(int)status}: {text}");
        Assert.Contains("\"status\":415", text, StringComparison.Ordinal);
        Assert.Equal(before, (await alex.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK)).ToJsonString() + (await alex.View(relationshipId)).ToJsonString());
    }

    [Fact]
    public async Task The_openapi_document_still_describes_each_json_body()
    {
        using var http = host.Factory.CreateClient();
        var paths = System.Text.Json.Nodes.JsonNode.Parse(await http.GetStringAsync("/openapi/v1.json"))!["paths"]!;
        foreach (var (path, method) in new[] { ("/api/people", "post"), ("/api/relationships", "post"), ("/api/relationships/{relationshipId}/draft", "put") })
        {
            var operation = paths[path]![method]!;
            Assert.True(operation["requestBody"]?["content"]?["application/json"]?["schema"] is not null, $"{method} {path}: {operation.ToJsonString()}");
            Assert.True(operation["responses"]?["415"] is not null, $"{method} {path} documents its 415");
        }
    }

    private static async Task<bool> AcceptsConnections(TcpClient probe, int port)
    {
        try
        {
            await probe.ConnectAsync(IPAddress.Loopback, port).WaitAsync(TimeSpan.FromSeconds(5));
            return true;
        }
        catch (Exception e) when (e is SocketException or TimeoutException)
        {
            return false;
        }
    }
}

public sealed class HostSurfaceOnSqlite(SqliteHostFixture host) : HostSurfaceContract<SqliteHostFixture>(host), IClassFixture<SqliteHostFixture>;

public sealed class HostSurfaceOnPostgres(PostgresHostFixture host) : HostSurfaceContract<PostgresHostFixture>(host), IClassFixture<PostgresHostFixture>;

public sealed class HostSurfaceOnFrontend(FrontendHostFixture host) : HostSurfaceContract<FrontendHostFixture>(host), IClassFixture<FrontendHostFixture>;
