using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Cluster;

/// <summary>
/// One person using the cluster: HTTP to a home host and, when that host is gone, to the next one (what the
/// reverse proxy does), and a hub connection that fails over the same way. Inside a failover window, writes are retried
/// until acknowledged, which the contract makes safe: a draft save is a replace and a second submit of a round changes nothing.
/// </summary>
public sealed class ClusterParticipant : IAsyncDisposable
{
    /// <summary>How a failed attempt that never reached a host (connection refused) is recorded.</summary>
    public const string NotSent = "connection refused";

    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(250);

    private readonly IReadOnlyList<Uri> _hosts;
    private readonly HttpClient[] _clients;
    private readonly FailoverWindow _failover;
    private int _current;

    private ClusterParticipant(IReadOnlyList<Uri> hosts, int home, string displayName, FailoverWindow failover)
    {
        _hosts = hosts;
        _failover = failover;
        Home = home;
        _current = home;
        DisplayName = displayName;
        _clients = [.. hosts.Select(h => new HttpClient { BaseAddress = h, Timeout = TimeSpan.FromSeconds(30) })];
    }

    public string DisplayName { get; }

    public int Home { get; }

    public Guid PersonId { get; private set; }

    public string AccessKey { get; private set; } = "";

    public NetworkHubWatcher Hub { get; private set; } = null!;

    /// <summary>The host this person's HTTP calls currently go to.</summary>
    public int Current => Volatile.Read(ref _current);

    /// <summary>Creates the person on its home host and connects its hub there; without a window no call may fail.</summary>
    public static async Task<ClusterParticipant> Join(IReadOnlyList<Uri> hosts, int home, string displayName, FailoverWindow? failover = null)
    {
        var person = new ClusterParticipant(hosts, home, displayName, failover ?? new FailoverWindow());
        var created = await person.Call(HttpMethod.Post, "/api/people", new { displayName }, retry: false);
        person.PersonId = created.Body["personId"]!.GetValue<Guid>();
        person.AccessKey = created.Body["accessKey"]!.GetValue<string>();
        foreach (var client in person._clients)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", person.AccessKey);
        }

        person.Hub = await NetworkHubWatcher.Connect(hosts, home, person.AccessKey);
        return person;
    }

    public async Task<(Guid RelationshipId, string InviteCode)> StartRelationship(string partnerName)
    {
        var created = await Call(HttpMethod.Post, "/api/relationships", new { kind = "partner", label = "Us", partnerName }, retry: false);
        return (created.Body["relationshipId"]!.GetValue<Guid>(), created.Body["inviteCode"]!.GetValue<string>());
    }

    public async Task Accept(string inviteCode) => await Call(HttpMethod.Post, $"/api/invites/{inviteCode}/accept", null, retry: false);

    public Task<Acknowledged> SaveDraft(Guid relationshipId, object perspective) => Call(HttpMethod.Put, $"/api/relationships/{relationshipId}/draft", perspective);

    public Task<Acknowledged> Submit(Guid relationshipId) => Call(HttpMethod.Post, $"/api/relationships/{relationshipId}/submit", null);

    public Task<Acknowledged> NewRound(Guid relationshipId) => Call(HttpMethod.Post, $"/api/relationships/{relationshipId}/rounds", null);

    public Task<Acknowledged> View(Guid relationshipId) => Call(HttpMethod.Get, $"/api/relationships/{relationshipId}", null);

    /// <summary>This person's view, read on one given host (a survivor), retried while the cluster recovers.</summary>
    public Task<Acknowledged> ViewOn(int host, Guid relationshipId) => Call(HttpMethod.Get, $"/api/relationships/{relationshipId}", null, via: host);

    /// <summary>One GET on one host with the given key, answered with its status whatever it is.</summary>
    public async Task<HttpStatusCode> StatusOn(int host, string path, string accessKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessKey);
        using var response = await _clients[host].SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>
    /// Sends until a 2xx answers, within <paramref name="within"/> (90 s unless told). Failures are tolerated only inside the
    /// test's <see cref="FailoverWindow"/>, and only of the kinds the contract allows there: a refused or cut connection
    /// (then the next host is tried, unless <paramref name="via"/> pins one, as the proxy would) or 503 problem details
    /// with Retry-After (tried again after it). Anything else (a 4xx, a 500, a 503 without Retry-After, a request that
    /// timed out, any failure outside the window) fails the test at once. A write, and each retry of it, first waits
    /// while the test holds writes back.
    /// </summary>
    public async Task<Acknowledged> Call(HttpMethod method, string path, object? body, bool retry = true, TimeSpan? within = null, int? via = null)
    {
        var json = body is null ? null : JsonSerializer.Serialize(body);
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(90));
        List<string> failures = [];
        bool? sentBeforeKill = null;
        while (true)
        {
            if (method != HttpMethod.Get)
            {
                await _failover.WritesMayGo;
            }

            sentBeforeKill ??= !_failover.HasOpened;

            var host = via ?? Current;
            var pause = RetryPause;
            string failure;
            try
            {
                using var request = new HttpRequestMessage(method, path);
                if (json is not null)
                {
                    request.Content = new StringContent(json, Encoding.UTF8, "application/json");
                }

                using var response = await _clients[host].SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                if (response.IsSuccessStatusCode)
                {
                    return new Acknowledged(JsonNode.Parse(text)!, failures, host, SpannedKill: sentBeforeKill.Value && _failover.HasOpened);
                }

                var retryAfter = response.Headers.RetryAfter?.Delta;
                failure = $"host {host}: {(int)response.StatusCode}";
                Assert.True(
                    response.StatusCode == HttpStatusCode.ServiceUnavailable && retryAfter is not null
                        && response.Content.Headers.ContentType?.MediaType == "application/problem+json" && _failover.Tolerates(host, failure),
                    $"{DisplayName}: {method} {path} on host {host} answered {(int)response.StatusCode} (Retry-After: {retryAfter?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}, " +
                    $"{(_failover.IsOpen ? $"{_failover.SinceKill.TotalSeconds:F1} s after the kill" : "no host failing over")}): {text}\nearlier attempts: {string.Join("; ", failures)}");
                pause = retryAfter!.Value;
            }
            catch (HttpRequestException e) when (e.StatusCode is null)
            {
                // Nothing listens there any more, or the connection was cut: go where the proxy would send us.
                failure = e.HttpRequestError == HttpRequestError.ConnectionError ? $"host {host}: {NotSent}" : $"host {host}: {e.HttpRequestError}";
                Assert.True(_failover.Tolerates(host, failure, connectionFailed: true), $"{DisplayName}: {method} {path} on host {host} failed with no host failing over: {e.Message}");
                if (via is null)
                {
                    Interlocked.CompareExchange(ref _current, (host + 1) % _hosts.Count, host);
                }
            }

            failures.Add(failure);
            if (!retry || DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{DisplayName}: {method} {path} was not acknowledged: {string.Join("; ", failures)}");
            }

            await Task.Delay(pause);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Hub is not null)
        {
            await Hub.DisposeAsync();
        }

        foreach (var client in _clients)
        {
            client.Dispose();
        }
    }
}

/// <summary>A 2xx answer, with the failed attempts before it, and whether the call was under way when a host was killed.</summary>
public sealed record Acknowledged(JsonNode Body, IReadOnlyList<string> Failures, int Host, bool SpannedKill = false)
{
    /// <summary>
    /// An earlier attempt reached a host and failed there, or the call was under way at the kill (a survivor may have
    /// retried it internally after its first run died with the grain's silo): it may have been applied without an answer.
    /// </summary>
    public bool WasInDoubt => SpannedKill || Failures.Any(f => !f.EndsWith(ClusterParticipant.NotSent, StringComparison.Ordinal));
}
