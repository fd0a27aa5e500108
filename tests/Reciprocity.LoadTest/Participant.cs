using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Reciprocity.LoadTest;

/// <summary>One simulated person: their access key, their HTTP calls, and their own hub connection watching the relationship.</summary>
public sealed class Participant : IAsyncDisposable
{
    private static readonly byte[] RevealedMarker = "\"revealed\":true"u8.ToArray();

    private readonly HttpClient _http;
    private readonly Measurements _measurements;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<long>> _reveals = new();
    private HubConnection? _hub;
    private int _incompleteReveals;
    private int _statusChanges;

    private Participant(HttpClient http, Measurements measurements, Guid personId, string accessKey)
    {
        _http = http;
        _measurements = measurements;
        PersonId = personId;
        AccessKey = accessKey;
    }

    public Guid PersonId { get; }

    public string AccessKey { get; }

    /// <summary>The Revealed events this connection received, per round.</summary>
    public RevealTally Reveals { get; } = new();

    /// <summary>Reveals that did not carry exactly both perspectives: must stay 0.</summary>
    public int IncompleteReveals => Volatile.Read(ref _incompleteReveals);

    public int StatusChanges => Volatile.Read(ref _statusChanges);

    public static async Task<Participant> Create(HttpClient http, Measurements measurements, string displayName)
    {
        using var created = await Call(http, measurements, null, HttpMethod.Post, "/api/people", Json(new { displayName }), HttpStatusCode.Created, "people");
        var root = created.RootElement;
        return new Participant(http, measurements, root.GetProperty("personId").GetGuid(), root.GetProperty("accessKey").GetString()!);
    }

    public async Task<(Guid RelationshipId, string InviteCode)> StartRelationship()
    {
        using var created = await Call(_http, _measurements, AccessKey, HttpMethod.Post, "/api/relationships",
            Json(new { kind = "closeFriend", label = "Load test", partnerName = "Partner" }), HttpStatusCode.Created, "relationship");
        return (created.RootElement.GetProperty("relationshipId").GetGuid(), created.RootElement.GetProperty("inviteCode").GetString()!);
    }

    public async Task Accept(string inviteCode)
    {
        using var _ = await Call(_http, _measurements, AccessKey, HttpMethod.Post, $"/api/invites/{inviteCode}/accept", null, HttpStatusCode.OK, "accept");
    }

    /// <summary>Opens this person's own WebSocket to the hub and watches the relationship.</summary>
    public async Task Watch(Uri baseAddress, Guid relationshipId, CancellationToken cancellation)
    {
        _hub = Connect(baseAddress, AccessKey);
        _hub.On<JsonElement>("Revealed", OnRevealed);
        _hub.On<JsonElement>("StatusChanged", _ => Interlocked.Increment(ref _statusChanges));
        _hub.Closed += error =>
        {
            if (error is not null)
            {
                _measurements.Error($"hub connection closed: {error.GetType().Name}: {error.Message}");
            }

            return Task.CompletedTask;
        };
        await _hub.StartAsync(cancellation);
        await _hub.InvokeAsync<JsonElement>("Watch", relationshipId, cancellation);
    }

    public static HubConnection Connect(Uri baseAddress, string accessKey) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "/hubs/audit"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.AccessTokenProvider = () => Task.FromResult<string?>(accessKey);
            })
            .Build();

    /// <summary>Completes with the timestamp at which this connection received the reveal of <paramref name="round"/>.</summary>
    public Task<long> RevealOf(int round) => _reveals.GetOrAdd(round, _ => NewWaiter()).Task;

    public void Forget(int round) => _reveals.TryRemove(round, out _);

    public async Task SaveDraft(Guid relationshipId, byte[] perspective)
    {
        using var _ = await Call(_http, _measurements, AccessKey, HttpMethod.Put, $"/api/relationships/{relationshipId}/draft", perspective, HttpStatusCode.OK, "draft");
    }

    /// <summary>Submits; when <paramref name="expectReveal"/>, the answer must show the round revealed (the contract: in the same call).</summary>
    public async Task Submit(Guid relationshipId, bool expectReveal)
    {
        var started = Stopwatch.GetTimestamp();
        using var request = Request(HttpMethod.Post, $"/api/relationships/{relationshipId}/submit", AccessKey, null);
        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        _measurements.Request("submit", started, Stopwatch.GetTimestamp());
        Expect(response, body, HttpStatusCode.OK, "submit");
        if (expectReveal && body.AsSpan().IndexOf(RevealedMarker) < 0)
        {
            throw new LoadException("submit: the second submit's answer did not show the round revealed");
        }
    }

    public async Task StartRound(Guid relationshipId)
    {
        using var _ = await Call(_http, _measurements, AccessKey, HttpMethod.Post, $"/api/relationships/{relationshipId}/rounds", null, HttpStatusCode.OK, "rounds");
    }

    public async ValueTask DisposeAsync()
    {
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }
    }

    private void OnRevealed(JsonElement reveal)
    {
        var at = Stopwatch.GetTimestamp();
        var round = reveal.GetProperty("roundNumber").GetInt32();
        if (reveal.GetProperty("perspectives").EnumerateObject().Count() != 2)
        {
            Interlocked.Increment(ref _incompleteReveals);
        }

        Reveals.Add(round);
        _reveals.GetOrAdd(round, _ => NewWaiter()).TrySetResult(at);
    }

    private static TaskCompletionSource<long> NewWaiter() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static async Task<JsonDocument> Call(HttpClient http, Measurements measurements, string? key, HttpMethod method, string path, byte[]? body, HttpStatusCode expected, string kind)
    {
        var started = Stopwatch.GetTimestamp();
        using var request = Request(method, path, key, body);
        using var response = await http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        measurements.Request(kind, started, Stopwatch.GetTimestamp());
        Expect(response, bytes, expected, kind);
        return JsonDocument.Parse(bytes);
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string? key, byte[]? body)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return request;
    }

    private static void Expect(HttpResponseMessage response, byte[] body, HttpStatusCode expected, string kind)
    {
        if (response.StatusCode != expected)
        {
            throw new LoadException($"{kind}: {(int)response.StatusCode} instead of {(int)expected}: {Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 200)))}");
        }
    }

    public static byte[] Json(object value) => JsonSerializer.SerializeToUtf8Bytes(value);
}

/// <summary>An answer the contract does not allow; counted as an error.</summary>
public sealed class LoadException(string message) : Exception(message);
