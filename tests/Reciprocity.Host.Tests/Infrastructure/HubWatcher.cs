using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;

namespace Reciprocity.Host.Tests.Infrastructure;

/// <summary>
/// A SignalR connection over a real WebSocket to the hub, keeping every message it receives as raw JSON,
/// so a test can await the next event instead of sleeping, and scan all of them afterwards.
/// </summary>
public sealed class HubWatcher : IAsyncDisposable
{
    private readonly Channel<(string Name, JsonElement Payload)> _events = Channel.CreateUnbounded<(string, JsonElement)>();

    private HubWatcher(HubConnection connection)
    {
        Connection = connection;
        foreach (var name in new[] { "StatusChanged", "Revealed", "RevealPolicyChanged" })
        {
            connection.On<JsonElement>(name, payload =>
            {
                Received.Add((name, payload.Clone()));
                _events.Writer.TryWrite((name, payload.Clone()));
            });
        }
    }

    public HubConnection Connection { get; }

    public List<(string Name, JsonElement Payload)> Received { get; } = [];

    /// <summary>Connects through the test server; the key goes in the access_token query as a browser sends it, or as a header.</summary>
    public static async Task<HubWatcher> Connect(TestServer server, string accessKey, bool keyAsHeader = false)
    {
        var connection = new HubConnectionBuilder()
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
            })
            .Build();
        await connection.StartAsync();
        return new HubWatcher(connection);
    }

    /// <summary>The next event of the given name, skipping others; fails after a generous bound instead of hanging.</summary>
    public async Task<JsonElement> Next(string name, TimeSpan? within = null)
    {
        using var bound = new CancellationTokenSource(within ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var (eventName, payload) = await _events.Reader.ReadAsync(bound.Token);
            if (eventName == name)
            {
                return payload;
            }
        }
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
