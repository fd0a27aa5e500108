using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Reciprocity.LoadTest;

/// <summary>
/// The CPU a bare SignalR vote-and-reveal round costs on this machine, the yardstick for the host's CPU per round:
/// a minimal in-memory hub in its own process (this program started with <c>--bare-round-server PORT</c>, on
/// 127.0.0.1), so its CPU is read from /proc alone like the host's. Each pair's two clients invoke <c>Vote</c>; the
/// second vote makes the server send <c>Revealed</c> with both votes to both. Pairs run back-to-back, JSON over WebSocket.
/// </summary>
public static class BareRound
{
    public const string ServerArgument = "--bare-round-server";

    private static readonly TimeSpan RoundTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Starts the bare server process, runs <paramref name="pairs"/> pairs back-to-back, reads its CPU over the window.</summary>
    public static async Task<BareRoundResult> Measure(int pairs, TimeSpan warmUp, TimeSpan window)
    {
        var port = FreePort.Next();
        using var server = StartServer(port);
        try
        {
            var ready = await server.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            if (ready != "ready")
            {
                throw new InvalidOperationException($"The bare round server did not start: {ready} {await server.StandardError.ReadToEndAsync()}");
            }

            var url = new Uri($"http://127.0.0.1:{port}/round");
            var clients = await Task.WhenAll(Enumerable.Range(0, pairs * 2).Select(_ => Connect(url)));
            try
            {
                return await Drive(clients, pairs, server.Id, warmUp, window);
            }
            finally
            {
                await Task.WhenAll(clients.Select(c => c.Connection.DisposeAsync().AsTask()));
            }
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
            }
        }
    }

    /// <summary>The server side, run in the child process: listens until its standard input closes.</summary>
    public static async Task<int> Serve(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.AddSignalR();
        builder.Services.AddSingleton<Ballots>();
        await using var app = builder.Build();
        app.UseWebSockets();
        app.MapHub<VoteHub>("/round");
        await app.StartAsync();
        await Console.Out.WriteLineAsync("ready");
        await Console.Out.FlushAsync();
        // The parent ends this process; a parent that died closes our input, which ends it too.
        await Console.In.ReadToEndAsync();
        await app.StopAsync();
        return 0;
    }

    private static Process StartServer(int port)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(BareRound).Assembly.Location);
        start.ArgumentList.Add(ServerArgument);
        start.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
        // The host's runtime settings: server GC (the web SDK's default) and thread-pool workers that do not spin.
        start.Environment["DOTNET_gcServer"] = "1";
        start.Environment["DOTNET_ThreadPool_UnfairSemaphoreSpinLimit"] = "0";
        return Process.Start(start) ?? throw new InvalidOperationException("Could not start the bare round server.");
    }

    private static async Task<Client> Connect(Uri url)
    {
        var connection = new HubConnectionBuilder().WithUrl(url, o =>
        {
            o.Transports = HttpTransportType.WebSockets;
            o.SkipNegotiation = true;
        }).Build();
        var client = new Client(connection);
        connection.On<BareReveal>("Revealed", client.Revealed);
        await connection.StartAsync();
        return client;
    }

    private static async Task<BareRoundResult> Drive(Client[] clients, int pairs, int serverPid, TimeSpan warmUp, TimeSpan window)
    {
        var clock = Stopwatch.StartNew();
        var end = warmUp + window;
        var counted = 0;
        var failures = 0;
        TimeSpan Remaining(TimeSpan at) => at > clock.Elapsed ? at - clock.Elapsed : TimeSpan.Zero;

        // The server's CPU over exactly the window in which rounds are counted.
        var cpu = Task.Run(async () =>
        {
            await Task.Delay(Remaining(warmUp));
            var atStart = ProcessStats.CpuSeconds(serverPid);
            await Task.Delay(Remaining(end));
            return ProcessStats.CpuSeconds(serverPid) - atStart;
        });

        await Task.WhenAll(Enumerable.Range(0, pairs).Select(async pair =>
        {
            var (first, second) = (clients[pair * 2], clients[(pair * 2) + 1]);
            await Task.WhenAll(first.Connection.InvokeAsync("Join", pair), second.Connection.InvokeAsync("Join", pair));
            for (var round = 1; clock.Elapsed < end; round++)
            {
                var seen = Task.WhenAll(first.Expect(round), second.Expect(round));
                try
                {
                    await Task.WhenAll(first.Connection.InvokeAsync("Vote", pair, round, 1), second.Connection.InvokeAsync("Vote", pair, round, 2));
                    await seen.WaitAsync(RoundTimeout);
                }
                catch (Exception e) when (e is TimeoutException or HubException or InvalidOperationException)
                {
                    Interlocked.Increment(ref failures);
                    return;
                }

                var at = clock.Elapsed;
                if (at >= warmUp && at < end)
                {
                    Interlocked.Increment(ref counted);
                }
            }
        }));

        var seconds = await cpu;
        return new BareRoundResult(pairs, counted / window.TotalSeconds, counted > 0 ? seconds * 1000 / counted : double.NaN, failures);
    }

    private sealed class Client(HubConnection connection)
    {
        private TaskCompletionSource? _expected;
        private int _round;

        public HubConnection Connection { get; } = connection;

        public Task Expect(int round)
        {
            var expected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref _round, round);
            Volatile.Write(ref _expected, expected);
            return expected.Task;
        }

        public void Revealed(BareReveal reveal)
        {
            if (reveal.Round == Volatile.Read(ref _round) && reveal.Votes.Count == 2)
            {
                Volatile.Read(ref _expected)?.TrySetResult();
            }
        }
    }

    /// <summary>Each pair's first vote of a round, waiting for the second.</summary>
    internal sealed class Ballots
    {
        private readonly ConcurrentDictionary<int, BareVote> _waiting = new();

        /// <summary>Both votes when this one completes the round, otherwise null.</summary>
        public IReadOnlyList<BareVote>? Cast(int pair, BareVote vote)
        {
            while (true)
            {
                if (_waiting.TryRemove(pair, out var first))
                {
                    return [first, vote];
                }

                if (_waiting.TryAdd(pair, vote))
                {
                    return null;
                }
            }
        }
    }

    /// <summary>The smallest vote-and-reveal hub: a vote waits for the other's, then both see both.</summary>
    internal sealed class VoteHub(Ballots ballots) : Hub
    {
        public Task Join(int pair) => Groups.AddToGroupAsync(Context.ConnectionId, Group(pair));

        public async Task Vote(int pair, int round, int value)
        {
            if (ballots.Cast(pair, new BareVote(Context.ConnectionId, value)) is { } both)
            {
                await Clients.Group(Group(pair)).SendAsync("Revealed", new BareReveal(round, both));
            }
        }

        private static string Group(int pair) => pair.ToString(CultureInfo.InvariantCulture);
    }
}

public sealed record BareVote(string Voter, int Value);

public sealed record BareReveal(int Round, IReadOnlyList<BareVote> Votes);

/// <summary>The bare round's figures: rounds per second and the server's CPU per round in milliseconds.</summary>
public sealed record BareRoundResult(int Pairs, double RoundsPerSecond, double ServerCpuMsPerRound, int Failures);
