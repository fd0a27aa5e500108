using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Reciprocity.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Reciprocity.Host.Tests.Cluster;

/// <summary>
/// The silos' gateway takes only front ends whose certificate chains to the configured authority (mutual TLS), and a
/// silo's HTTP answers only its health probes. One silo serves every test of the class.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class TierSecurityTests(TierSecurityTests.OneSilo silo, ITestOutputHelper output) : IClassFixture<TierSecurityTests.OneSilo>
{
    // Well past a front end's first attempts (one a second) and the gateway list's refresh (5 s).
    private static readonly TimeSpan NeverReadyWithin = TimeSpan.FromSeconds(15);

    [Fact(Timeout = 120_000)]
    public async Task A_front_end_whose_certificate_another_authority_signed_never_becomes_ready_and_answers_503()
    {
        using var impostors = new TestAuthority("Someone else's authority");
        await using var frontEnd = HostProcess.StartUnready(silo.Cluster.SettingsFor("Frontend", impostors.Issue("impostor")));
        using var http = frontEnd.CreateClient();
        var clock = Stopwatch.StartNew();
        var answeredAtAll = false;
        while (clock.Elapsed < NeverReadyWithin)
        {
            try
            {
                var ready = await http.GetAsync("/health/ready");
                Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
                answeredAtAll = true;
            }
            catch (HttpRequestException)
            {
                // Still starting its web server.
                Assert.False(frontEnd.HasExited, frontEnd.Output);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        Assert.True(answeredAtAll, "the front end's web server answered");
        var created = await http.PostAsJsonAsync("/api/people", new { displayName = "Mallory" });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, created.StatusCode);
        Assert.NotNull(created.Headers.RetryAfter);
        Assert.Equal("application/problem+json", created.Content.Headers.ContentType?.MediaType);
        output.WriteLine(string.Join('\n', frontEnd.Output.Split('\n').Where(l => l.Contains("connect", StringComparison.OrdinalIgnoreCase)).Take(5)));
    }

    [Fact(Timeout = 120_000)]
    public async Task A_front_end_without_a_certificate_does_not_start_and_names_the_key()
    {
        var settings = silo.Cluster.SettingsFor("Frontend");
        settings.Remove("Orleans:Tls:Certificate");
        var (code, output) = await HostProcess.RunUntilExit(settings, TimeSpan.FromSeconds(60));
        Assert.Equal(1, code);
        Assert.Contains("'Orleans:Tls:Certificate'", output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_front_end_on_sqlite_does_not_start_and_names_the_key()
    {
        var settings = silo.Cluster.SettingsFor("Frontend");
        settings["Storage:Provider"] = "Sqlite";
        settings["ConnectionStrings:Reciprocity"] = "Data Source=/tmp/never-used.db";
        var (code, output) = await HostProcess.RunUntilExit(settings, TimeSpan.FromSeconds(60));
        Assert.Equal(1, code);
        Assert.Contains("'Storage:Provider'", output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task An_unknown_role_does_not_start_and_names_the_key()
    {
        var settings = silo.Cluster.SettingsFor("Frontend");
        settings["Host:Role"] = "Gateway";
        var (code, output) = await HostProcess.RunUntilExit(settings, TimeSpan.FromSeconds(60));
        Assert.Equal(1, code);
        Assert.Contains("'Host:Role'", output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_plain_tcp_connection_to_the_gateway_gets_no_orleans_bytes_and_is_closed()
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, silo.Cluster.GatewayPorts[0]);
        var stream = tcp.GetStream();

        // What an Orleans client without TLS starts with: its connection preamble (a length, then the client's identity).
        await stream.WriteAsync(new byte[] { 0x20, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 });
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var received = new List<byte>();
        var buffer = new byte[4096];
        int read;
        try
        {
            while ((read = await stream.ReadAsync(buffer, bound.Token)) > 0)
            {
                received.AddRange(buffer.Take(read));
            }
        }
        catch (IOException)
        {
            // Reset by the silo: closed too.
        }

        Assert.False(bound.IsCancellationRequested, "the gateway closed the connection");

        // Nothing at all, or at most a TLS alert record (content type 21): never an Orleans preamble.
        Assert.True(received.Count == 0 || received[0] == 21, $"the gateway answered {received.Count} bytes starting {string.Join(' ', received.Take(8))}");
    }

    [Fact(Timeout = 60_000)]
    public async Task A_silo_answers_its_health_probes_and_nothing_else_over_http()
    {
        using var http = silo.Cluster.Silos[0].CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsJsonAsync("/api/people", new { displayName = "Alex" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/hubs/audit/negotiate")).StatusCode);
    }

    /// <summary>A throwaway PostgreSQL server and one silo with its gateway open, for the class.</summary>
    public sealed class OneSilo : IAsyncLifetime
    {
        private readonly PostgresServer _postgres = new();

        public TierCluster Cluster { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await _postgres.InitializeAsync();
            Cluster = await TierCluster.Start(_postgres, silos: 1, frontEnds: 0);
        }

        public async Task DisposeAsync()
        {
            if (Cluster is not null)
            {
                await Cluster.DisposeAsync();
            }

            await _postgres.DisposeAsync();
        }
    }
}
