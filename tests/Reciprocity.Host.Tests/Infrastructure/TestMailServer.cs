using System.Buffers;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Reciprocity.Host.Tests.Infrastructure;

/// <summary>A real SMTP server on 127.0.0.1 and a free port, keeping every message it receives, raw.</summary>
public sealed class TestMailServer : IAsyncDisposable
{
    private readonly Channel<string> _arrived = Channel.CreateUnbounded<string>();
    private readonly CancellationTokenSource _stop = new();
    private readonly SmtpServer.SmtpServer _server;
    private readonly Task _running;
    private int _count;

    private TestMailServer(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>How many messages have arrived so far.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Starts the server and returns once it accepts connections.</summary>
    public static async Task<TestMailServer> Start()
    {
        var server = new TestMailServer(FreePort.Next());
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, server.Port);
                return server;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
        }
    }

    /// <summary>The next message to arrive, raw (headers and body), within <paramref name="seconds"/>.</summary>
    public async Task<string> Next(int seconds = 20)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        return await _arrived.Reader.ReadAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _server.Shutdown();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private sealed class Store(TestMailServer server) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref server._count);
            server._arrived.Writer.TryWrite(Encoding.UTF8.GetString(buffer));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
