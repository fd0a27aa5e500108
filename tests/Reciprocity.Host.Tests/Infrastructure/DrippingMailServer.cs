using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;

namespace Reciprocity.Host.Tests.Infrastructure;

/// <summary>
/// A mail server that never finishes greeting: on every connection it sends one byte of "220 …" every
/// <see cref="Interval"/>, so a client whose timeout counts per read waits for ever. It reports each connection and
/// when the client hung up.
/// </summary>
public sealed class DrippingMailServer : IAsyncDisposable
{
    private static readonly byte[] Greeting = Encoding.ASCII.GetBytes("220 drip.test ESMTP slowly, very slowly\r\n");

    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<DateTime> _connected = Channel.CreateUnbounded<DateTime>();
    private readonly Channel<DateTime> _hungUp = Channel.CreateUnbounded<DateTime>();
    private readonly Task _accepting;

    public DrippingMailServer(TimeSpan interval)
    {
        Interval = interval;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _accepting = Accept();
    }

    public TimeSpan Interval { get; }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>When the next client connected, within <paramref name="seconds"/>.</summary>
    public async Task<DateTime> NextConnection(int seconds)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        return await _connected.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>When the next client hung up, within <paramref name="seconds"/>.</summary>
    public async Task<DateTime> NextHangUp(int seconds)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        return await _hungUp.Reader.ReadAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task Accept()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _connected.Writer.TryWrite(DateTime.UtcNow);
            _ = Drip(client);
        }
    }

    private async Task Drip(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var hungUp = WaitForHangUp(stream);
            try
            {
                for (var i = 0; !_stop.IsCancellationRequested; i = (i + 1) % Greeting.Length)
                {
                    await stream.WriteAsync(Greeting.AsMemory(i, 1), _stop.Token);
                    if (await Task.WhenAny(hungUp, Task.Delay(Interval, _stop.Token)) == hungUp)
                    {
                        break;
                    }
                }
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
            {
            }

            _hungUp.Writer.TryWrite(DateTime.UtcNow);
        }
    }

    // The client says nothing before the greeting ends: a read that returns means it hung up.
    private async Task WaitForHangUp(NetworkStream stream)
    {
        var buffer = new byte[64];
        try
        {
            while (await stream.ReadAsync(buffer, _stop.Token) > 0)
            {
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }
}
