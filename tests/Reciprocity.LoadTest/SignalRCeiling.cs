using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Reciprocity.LoadTest;

/// <summary>
/// A bare SignalR hub round trip on this machine: a tiny Kestrel hub in this process on loopback, JSON protocol over
/// WebSockets like the host, invoked by one connection at a time (latency) and by 64 at once (throughput).
/// </summary>
public static class SignalRCeiling
{
    public static async Task<SignalRCeilingResult> Measure(TimeSpan each)
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.AddSignalR();
        await using var app = builder.Build();
        app.UseWebSockets();
        app.MapHub<EchoHub>("/echo");
        await app.StartAsync();
        try
        {
            var url = new Uri($"http://127.0.0.1:{port}/echo");
            var single = await Invoke(url, connections: 1, each);
            var parallel = await Invoke(url, connections: 64, each);
            return new SignalRCeilingResult(single.PerSecond, single.Latency, parallel.PerSecond, parallel.Latency);
        }
        finally
        {
            await app.StopAsync();
        }
    }

    private static async Task<(double PerSecond, LatencySummary Latency)> Invoke(Uri url, int connections, TimeSpan duration)
    {
        var hubs = new List<HubConnection>();
        for (var i = 0; i < connections; i++)
        {
            var hub = new HubConnectionBuilder().WithUrl(url, o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
            }).Build();
            await hub.StartAsync();
            hubs.Add(hub);
        }

        // A short warm-up so JIT is not in the figure.
        await Task.WhenAll(hubs.Select(h => h.InvokeAsync<int>(nameof(EchoHub.Echo), 1)));
        var latency = new Percentiles();
        var total = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(hubs.Select(async hub =>
        {
            var mine = 0;
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                await hub.InvokeAsync<int>(nameof(EchoHub.Echo), mine);
                latency.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                mine++;
            }

            Interlocked.Add(ref total, mine);
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        await Task.WhenAll(hubs.Select(h => h.DisposeAsync().AsTask()));
        return (total / seconds, latency.Summarise());
    }

    /// <summary>Echoes its argument: the smallest useful hub method.</summary>
    internal sealed class EchoHub : Hub
    {
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "SignalR invokes hub methods on an instance.")]
        public int Echo(int value) => value;
    }
}

public sealed record SignalRCeilingResult(double SingleConnectionPerSecond, LatencySummary SingleConnectionLatency, double ParallelPerSecond, LatencySummary ParallelLatency);
