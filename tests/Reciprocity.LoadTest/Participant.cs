using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Reciprocity.LoadTest;

/// <summary>
/// One simulated person: their access key, their HTTP calls, and their own hub connection watching the relationship,
/// over which they take the round's steps too when the run's write path is the hub.
/// </summary>
public sealed class Participant : IAsyncDisposable
{
    private static readonly byte[] RevealedMarker = "\"revealed\":true"u8.ToArray();

    private readonly HttpClient _http;
    private readonly Measurements _measurements;
    private readonly WritePath _writePath;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<long>> _reveals = new();
    private HubConnection? _hub;
    private int _incompleteReveals;
    private int _statusChanges;

    private Participant(HttpClient http, Measurements measurements, Guid personId, string accessKey, WritePath writePath)
    {
        _http = http;
        _measurements = measurements;
        _writePath = writePath;
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

    public static async Task<Participant> Create(HttpClient http, Measurements measurements, string displayName, WritePath writePath = WritePath.Http)
    {
        using var created = await Call(http, measurements, null, HttpMethod.Post, "/api/people", Json(new { displayName }), HttpStatusCode.Created, "people");
        var root = created.RootElement;
        return new Participant(http, measurements, root.GetProperty("personId").GetGuid(), root.GetProperty("accessKey").GetString()!, writePath);
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

    public async Task SaveDraft(Guid relationshipId, DraftBody perspective)
    {
        ArgumentNullException.ThrowIfNull(perspective);
        if (_writePath == WritePath.Hub)
        {
            await OverHub("draft (hub)", "SaveDraft", relationshipId, perspective.Element);
            return;
        }

        using var _ = await Call(_http, _measurements, AccessKey, HttpMethod.Put, $"/api/relationships/{relationshipId}/draft", perspective.Utf8, HttpStatusCode.OK, "draft");
    }

    /// <summary>Submits; when <paramref name="expectReveal"/>, the answer must show the round revealed (the contract: in the same call).</summary>
    public async Task Submit(Guid relationshipId, bool expectReveal)
    {
        if (_writePath == WritePath.Hub)
        {
            var answer = await OverHub("submit (hub)", "Submit", relationshipId);
            if (expectReveal && !answer.GetProperty("round").GetProperty("revealed").GetBoolean())
            {
                throw new LoadException("submit (hub): the second submit's answer did not show the round revealed");
            }

            return;
        }

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
        if (_writePath == WritePath.Hub)
        {
            await OverHub("rounds (hub)", "StartRound", relationshipId);
            return;
        }

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

    /// <summary>A step over this person's hub connection; its answer carries the HTTP status and body, measured as one request.</summary>
    private async Task<JsonElement> OverHub(string kind, string method, Guid relationshipId, params object?[] more)
    {
        var hub = _hub ?? throw new InvalidOperationException("The hub write path needs the relationship watched first.");
        var started = Stopwatch.GetTimestamp();
        var answer = await hub.InvokeCoreAsync<JsonElement>(method, [relationshipId, .. more]);
        _measurements.Request(kind, started, Stopwatch.GetTimestamp());
        var status = answer.GetProperty("status").GetInt32();
        var body = answer.GetProperty("body");
        if (status != 200)
        {
            var text = body.GetRawText();
            throw new LoadException($"{kind}: {status} instead of 200: {text[..Math.Min(text.Length, 200)]}");
        }

        return body;
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

/// <summary>A perspective to save, written once both ways: as an HTTP body, and as a hub call's argument.</summary>
public sealed class DraftBody(object perspective)
{
    public byte[] Utf8 { get; } = JsonSerializer.SerializeToUtf8Bytes(perspective);

    public JsonElement Element { get; } = JsonSerializer.SerializeToElement(perspective);
}

/// <summary>An answer the contract does not allow; counted as an error.</summary>
public sealed class LoadException(string message) : Exception(message);
