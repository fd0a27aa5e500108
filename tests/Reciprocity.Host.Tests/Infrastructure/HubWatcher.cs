using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;
using Reciprocity.Host.Tests.Visibility;

namespace Reciprocity.Host.Tests.Infrastructure;

/// <summary>
/// A SignalR connection over a real WebSocket to the hub, keeping every frame it receives (events under any name,
/// results of calls, pings) as raw JSON, so a test can await the next event instead of sleeping, and scan all of them.
/// </summary>
public sealed class HubWatcher : IAsyncDisposable
{
    private readonly Channel<ReceivedMessage> _events = Channel.CreateUnbounded<ReceivedMessage>();

    private HubWatcher(HubConnection connection, HubFrameRecorder frames)
    {
        Connection = connection;
        frames.Received += Keep;
    }

    public HubConnection Connection { get; }

    /// <summary>Everything received, in order: events under any name, results and errors of calls, pings.</summary>
    public ReceivedLog Log { get; } = new();

    public IReadOnlyList<ReceivedMessage> Messages => Log.All;

    /// <summary>The events received (under any name), with their payloads.</summary>
    public IReadOnlyList<(string Name, JsonElement Payload)> Received => [.. Messages.Where(m => m.IsEvent).Select(m => (m.Kind, m.Body))];

    /// <summary>Connects through the test server; the key goes in the access_token query as a browser sends it, or as a header.</summary>
    public static async Task<HubWatcher> Connect(TestServer server, string accessKey, bool keyAsHeader = false)
    {
        ArgumentNullException.ThrowIfNull(server);
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "/hubs/audit"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.HttpMessageHandlerFactory = _ => server.CreateHandler();
                options.WebSocketFactory = async (context, cancellation) =>
                {
                    var client = server.CreateWebSocketClient();
                    var uri = context.Uri;
                    if (keyAsHeader)
                    {
                        client.ConfigureRequest = request => request.Headers.Authorization = $"Bearer {accessKey}";
                    }
                    else
                    {
                        uri = new UriBuilder(uri) { Query = $"{uri.Query.TrimStart('?')}&access_token={Uri.EscapeDataString(accessKey)}".TrimStart('&') }.Uri;
                    }

                    return await client.ConnectAsync(uri, cancellation);
                };
            });
        var frames = HubFrameRecorder.On(builder);
        var watcher = new HubWatcher(builder.Build(), frames);
        await watcher.Connection.StartAsync();
        return watcher;
    }

    /// <summary>The next event of the given name, skipping others; fails after a generous bound instead of hanging.</summary>
    public async Task<JsonElement> Next(string name, TimeSpan? within = null)
    {
        using var bound = new CancellationTokenSource(within ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var message = await _events.Reader.ReadAsync(bound.Token);
            if (message.Kind == name)
            {
                return message.Body;
            }
        }
    }

    /// <summary>Returns once nothing but pings arrived for a while: see <see cref="ReceivedLog.Quiet"/>.</summary>
    public Task Quiet(TimeSpan? quiet = null, TimeSpan? within = null) => Log.Quiet(quiet, within);

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();

    private void Keep(JsonElement frame)
    {
        var message = ReceivedMessage.FromFrame(frame.Clone());
        Log.Add(message);
        if (message.IsEvent)
        {
            _events.Writer.TryWrite(message);
        }
    }
}
