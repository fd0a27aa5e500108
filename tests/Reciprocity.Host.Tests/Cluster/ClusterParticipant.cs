using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Cluster;

/// <summary>
/// One person using the cluster: HTTP to a home host and, when that host is gone, to the next one (what the
/// reverse proxy does), and a hub connection that fails over the same way. Writes are retried until acknowledged,
/// which the contract makes safe: a draft save is a replace and a second submit of a round changes nothing.
/// </summary>
public sealed class ClusterParticipant : IAsyncDisposable
{
    /// <summary>How a failed attempt that never reached a host (connection refused) is recorded.</summary>
    public const string NotSent = "connection refused";

    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(250);

    private readonly IReadOnlyList<Uri> _hosts;
    private readonly HttpClient[] _clients;
    private int _current;

    private ClusterParticipant(IReadOnlyList<Uri> hosts, int home, string displayName)
    {
        _hosts = hosts;
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

    /// <summary>Creates the person on its home host and connects its hub there.</summary>
    public static async Task<ClusterParticipant> Join(IReadOnlyList<Uri> hosts, int home, string displayName)
    {
        var person = new ClusterParticipant(hosts, home, displayName);
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
    /// Sends until a 2xx answers, within <paramref name="within"/> (90 s unless told). A refused connection moves to the next
    /// host (unless <paramref name="via"/> pins one); a 5xx or a timeout (the grain's silo died and is not yet declared dead)
    /// is retried. A 4xx fails the test at once.
    /// </summary>
    public async Task<Acknowledged> Call(HttpMethod method, string path, object? body, bool retry = true, TimeSpan? within = null, int? via = null)
    {
        var json = body is null ? null : JsonSerializer.Serialize(body);
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(90));
        List<string> failures = [];
        while (true)
        {
            var host = via ?? Current;
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
                    return new Acknowledged(JsonNode.Parse(text)!, failures, host);
                }

                Assert.True((int)response.StatusCode >= 500,
                    $"{DisplayName}: {method} {path} on host {host} answered {(int)response.StatusCode}: {text}\nearlier attempts: {string.Join("; ", failures)}");
                failures.Add($"host {host}: {(int)response.StatusCode}");
            }
            catch (HttpRequestException e) when (e.StatusCode is null)
            {
                // Nothing listens there any more: go where the proxy would send us. A refused connection sent nothing.
                failures.Add(e.HttpRequestError == HttpRequestError.ConnectionError ? $"host {host}: {NotSent}" : $"host {host}: {e.HttpRequestError}");
                if (via is null)
                {
                    Interlocked.CompareExchange(ref _current, (host + 1) % _hosts.Count, host);
                }
            }
            catch (TaskCanceledException)
            {
                failures.Add($"host {host}: timeout");
            }

            if (!retry || DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{DisplayName}: {method} {path} was not acknowledged: {string.Join("; ", failures)}");
            }

            await Task.Delay(RetryPause);
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

/// <summary>A 2xx answer, with the failed attempts before it.</summary>
public sealed record Acknowledged(JsonNode Body, IReadOnlyList<string> Failures, int Host)
{
    /// <summary>An earlier attempt reached a host and failed there: it may have been applied without an answer.</summary>
    public bool WasInDoubt => Failures.Any(f => !f.EndsWith(ClusterParticipant.NotSent, StringComparison.Ordinal));
}
