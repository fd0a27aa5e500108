using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Reciprocity.Host.Tests.Visibility;

namespace Reciprocity.Host.Tests.Infrastructure;

/// <summary>
/// A SignalR client of hosts listening on real URLs, as a browser behind the reverse proxy would be: WebSockets
/// without negotiation, the key as the access_token query, automatic reconnect, and Watch called again for every
/// watched relationship after a reconnect (the contract's way of missing no reveal). It connects to its home host
/// first and, when that one is gone, to the next that answers: the proxy's part, played here by the client.
/// Every frame (events under any name too) and every view a Watch returned is kept, so a test awaits what it
/// expects instead of sleeping, and can scan all it received.
/// </summary>
public sealed class NetworkHubWatcher : IAsyncDisposable
{
    /// <summary>The name under which views returned by Watch are kept beside the server's events.</summary>
    public const string WatchView = "Watch";

    private readonly IReadOnlyList<Uri> _hosts;
    private readonly int _home;
    private readonly ConcurrentDictionary<Guid, bool> _watched = new();
    private readonly List<(string Name, JsonElement Payload)> _received = [];
    private readonly List<(Func<string, JsonElement, bool> Match, TaskCompletionSource<JsonElement> Found)> _waiters = [];
    private int _reconnections;

    private NetworkHubWatcher(IReadOnlyList<Uri> hosts, int home, string accessKey, TimeSpan reconnectFor)
    {
        _hosts = hosts;
        _home = home;
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(hosts[home], "/hubs/audit"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.AccessTokenProvider = () => Task.FromResult<string?>(accessKey);
                options.WebSocketFactory = ConnectToFirstLiveHost;
            })
            .WithAutomaticReconnect(new RetryFor(reconnectFor));
        HubFrameRecorder.On(builder).Received += frame =>
        {
            var message = ReceivedMessage.FromFrame(frame.Clone());
            Log.Add(message);

            if (message.IsEvent)
            {
                Keep(message.Kind, message.Body);
            }
        };
        Connection = builder.Build();

        Connection.Reconnected += _ =>
        {
            Interlocked.Increment(ref _reconnections);
            return WatchAgain();
        };
    }

    public HubConnection Connection { get; }

    /// <summary>The host the current WebSocket went to.</summary>
    public Uri? ConnectedTo { get; private set; }

    public int Reconnections => Volatile.Read(ref _reconnections);

    /// <summary>Failed attempts to Watch again after a reconnect, kept for a failing test's message.</summary>
    public ConcurrentQueue<string> Problems { get; } = new();

    /// <summary>Every frame received over every connection this client made: events under any name, results of calls, pings.</summary>
    public ReceivedLog Log { get; } = new();

    /// <summary>Events under any name, and the views Watch returned (under <see cref="WatchView"/>).</summary>
    public IReadOnlyList<(string Name, JsonElement Payload)> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>Connects to <paramref name="hosts"/>[<paramref name="home"/>], falling back to the others in order.</summary>
    public static async Task<NetworkHubWatcher> Connect(IReadOnlyList<Uri> hosts, int home, string accessKey, TimeSpan? reconnectFor = null)
    {
        var watcher = new NetworkHubWatcher(hosts, home, accessKey, reconnectFor ?? TimeSpan.FromSeconds(90));
        await watcher.Connection.StartAsync();
        return watcher;
    }

    /// <summary>Calls Watch, remembers the relationship for reconnects, and keeps the returned view.</summary>
    public async Task<JsonElement> Watch(Guid relationshipId)
    {
        _watched[relationshipId] = true;
        var view = (await Connection.InvokeAsync<JsonElement>("Watch", relationshipId)).Clone();
        Keep(WatchView, view);
        return view;
    }

    /// <summary>The first kept event or view (already received or still to come) that matches; fails after <paramref name="within"/>.</summary>
    public async Task<JsonElement> WaitFor(Func<string, JsonElement, bool> match, TimeSpan within, string what)
    {
        var found = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_received)
        {
            foreach (var (name, payload) in _received)
            {
                if (match(name, payload))
                {
                    return payload;
                }
            }

            _waiters.Add((match, found));
        }

        try
        {
            return await found.Task.WaitAsync(within);
        }
        catch (TimeoutException)
        {
            var seen = string.Join("\n", Received.Select(r => $"{r.Name}: {r.Payload.GetRawText()}"));
            throw new TimeoutException($"No {what} within {within.TotalSeconds} s (connected to {ConnectedTo}, {Reconnections} reconnections). Received:\n{seen}");
        }
        finally
        {
            lock (_received)
            {
                _waiters.RemoveAll(w => w.Found == found);
            }
        }
    }

    /// <summary>The <c>Revealed</c> event of a relationship's round.</summary>
    public Task<JsonElement> Revealed(Guid relationshipId, int roundNumber, TimeSpan within) =>
        WaitFor((name, payload) => name == "Revealed" && IsFor(payload, relationshipId) && payload.GetProperty("roundNumber").GetInt32() == roundNumber,
            within, $"Revealed of {relationshipId} round {roundNumber}");

    /// <summary>A <c>StatusChanged</c> of a relationship that satisfies <paramref name="where"/>.</summary>
    public Task<JsonElement> StatusChanged(Guid relationshipId, Func<JsonElement, bool> where, TimeSpan within) =>
        WaitFor((name, payload) => name == "StatusChanged" && IsFor(payload, relationshipId) && where(payload),
            within, $"StatusChanged of {relationshipId}");

    public static bool IsFor(JsonElement payload, Guid relationshipId) =>
        payload.TryGetProperty("relationshipId", out var id) && id.GetGuid() == relationshipId;

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();

    private void Keep(string name, JsonElement payload)
    {
        List<TaskCompletionSource<JsonElement>> satisfied = [];
        lock (_received)
        {
            _received.Add((name, payload));
            foreach (var (match, found) in _waiters)
            {
                if (match(name, payload))
                {
                    satisfied.Add(found);
                }
            }
        }

        foreach (var found in satisfied)
        {
            found.TrySetResult(payload);
        }
    }

    /// <summary>After a reconnect: Watch each relationship again, retrying while its grain is being reactivated elsewhere.</summary>
    private async Task WatchAgain()
    {
        foreach (var relationshipId in _watched.Keys)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
            while (true)
            {
                try
                {
                    await Watch(relationshipId);
                    break;
                }
                catch (Exception e) when (e is HubException or InvalidOperationException && DateTime.UtcNow < deadline)
                {
                    // The grain's silo may be dead but not yet declared dead; Orleans answers again once it is.
                    Problems.Enqueue($"Watch {relationshipId} after reconnect: {e.Message}");
                    await Task.Delay(250);
                }
            }
        }
    }

    /// <summary>What the reverse proxy does for a browser: the home host if it answers, else the next one that does.</summary>
    private async ValueTask<WebSocket> ConnectToFirstLiveHost(WebSocketConnectionContext context, CancellationToken cancellation)
    {
        var key = context.Options.AccessTokenProvider is { } provider ? await provider() : null;
        List<Exception> failures = [];
        for (var i = 0; i < _hosts.Count; i++)
        {
            var host = _hosts[(_home + i) % _hosts.Count];
            var uri = new UriBuilder(context.Uri) { Host = host.Host, Port = host.Port }.Uri;
            uri = new UriBuilder(uri) { Query = $"{uri.Query.TrimStart('?')}&access_token={Uri.EscapeDataString(key ?? "")}".TrimStart('&') }.Uri;
            var socket = new ClientWebSocket();
            try
            {
                using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
                bound.CancelAfter(TimeSpan.FromSeconds(5));
                await socket.ConnectAsync(uri, bound.Token);
                ConnectedTo = host;
                return socket;
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException && !cancellation.IsCancellationRequested)
            {
                failures.Add(e);
                socket.Dispose();
            }
        }

        throw new AggregateException("No host accepted the WebSocket.", failures);
    }

    /// <summary>Retries every quarter second for a bounded time, instead of the default 0, 2, 10, 30 s and then giving up.</summary>
    private sealed class RetryFor(TimeSpan window) : IRetryPolicy
    {
        public TimeSpan? NextRetryDelay(RetryContext retryContext) =>
            retryContext.ElapsedTime < window ? TimeSpan.FromMilliseconds(250) : null;
    }
}
