using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Reciprocity.LoadTest;

/// <summary>
/// Memory per idle watching connection: opens K hub connections that each Watch a relationship and then stay quiet,
/// and divides the host's growth in resident memory by K.
/// </summary>
public static class IdleConnections
{
    public static async Task<IdleResult> Measure(Uri baseAddress, int hostPid, int connections, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        using var http = LoadRun.CreateHttpClient(baseAddress, TimeSpan.FromSeconds(30));
        var measurements = new Measurements();

        // A few real relationships to watch; each connection watches one of them as one of its participants.
        var pairs = new List<Pair>();
        for (var i = 0; i < 20; i++)
        {
            pairs.Add(await Pair.Create(http, baseAddress, measurements, i, CancellationToken.None));
        }

        await Task.Delay(TimeSpan.FromSeconds(3));
        var before = ProcessStats.ResidentBytes(hostPid);
        var hubs = new List<HubConnection>(connections);
        using var gate = new SemaphoreSlim(64);
        var failures = 0;
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var pair = pairs[i % pairs.Count];
                var person = i % 2 == 0 ? pair.Inviter : pair.Partner;
                var hub = Participant.Connect(baseAddress, person.AccessKey);
                await hub.StartAsync();
                await hub.InvokeAsync<JsonElement>("Watch", pair.RelationshipId);
                lock (hubs)
                {
                    hubs.Add(hub);
                }
            }
            catch (Exception e) when (e is HttpRequestException or IOException or InvalidOperationException or System.Net.WebSockets.WebSocketException or TaskCanceledException)
            {
                Interlocked.Increment(ref failures);
            }
            finally
            {
                gate.Release();
            }
        }));

        // Settle: the host's allocations from accepting the connections are collected or kept by now.
        await Task.Delay(TimeSpan.FromSeconds(5));
        var after = ProcessStats.ResidentBytes(hostPid);
        await log.WriteLineAsync($"  {hubs.Count} idle watching connections ({failures} failed): host RSS {before / 1048576.0:F0} → {after / 1048576.0:F0} MiB");
        var result = new IdleResult(hubs.Count, failures, before, after, hubs.Count == 0 ? 0 : (after - before) / (double)hubs.Count);

        await Task.WhenAll(hubs.Select(h => h.DisposeAsync().AsTask()));
        await Task.WhenAll(pairs.Select(p => p.DisposeAsync().AsTask()));
        return result;
    }
}

public sealed record IdleResult(int Connections, int Failures, long HostRssBeforeBytes, long HostRssAfterBytes, double BytesPerConnection);
