using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Cluster;

/// <summary>
/// Several hosts as real processes in one Orleans cluster on one PostgreSQL database: each its own HTTP and silo
/// port on loopback, all with the same ClusterId and ServiceId.
/// </summary>
public sealed class HostCluster : IAsyncDisposable
{
    private readonly HostProcess[] _hosts;
    private readonly bool[] _killed;

    private HostCluster(HostProcess[] hosts)
    {
        _hosts = hosts;
        _killed = new bool[hosts.Length];
        // A test that times out never reaches DisposeAsync; its hosts must not outlive the test run.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
    }

    public IReadOnlyList<Uri> Urls => [.. _hosts.Select(h => h.BaseAddress)];

    public IReadOnlyList<HostProcess> Hosts => _hosts;

    /// <summary>Indexes of the hosts not killed.</summary>
    public IReadOnlyList<int> Alive => [.. Enumerable.Range(0, _hosts.Length).Where(i => !_killed[i])];

    /// <summary>Starts <paramref name="count"/> hosts (with any <paramref name="extraSettings"/>) on a fresh database of <paramref name="postgres"/>, together, and waits until each is ready.</summary>
    public static async Task<HostCluster> Start(PostgresServer postgres, int count, IReadOnlyDictionary<string, string>? extraSettings = null)
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        var cluster = $"cluster-{Guid.NewGuid():N}";
        var settings = new Dictionary<string, string>(extraSettings ?? new Dictionary<string, string>())
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Reciprocity"] = connectionString,
            ["Orleans:ClusterId"] = cluster,
            ["Orleans:ServiceId"] = "reciprocity-tests",
        };

        // The first host alone bootstraps the schema and the cluster; the others then start together, as in
        // `docker compose up` (the schema installer's advisory lock and concurrent joins are exercised), yet on a
        // loaded 2-core machine no host has to share the CPU with two others while it starts.
        List<HostProcess> started = [];
        try
        {
            started.Add(await HostProcess.Start(settings));
            var rest = Enumerable.Range(1, count - 1).Select(_ => HostProcess.Start(settings)).ToArray();
            try
            {
                await Task.WhenAll(rest);
            }
            finally
            {
                started.AddRange(rest.Where(s => s.IsCompletedSuccessfully).Select(s => s.Result));
            }

            return new HostCluster([.. started]);
        }
        catch
        {
            foreach (var host in started)
            {
                await host.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>SIGKILL to one host: no shutdown code runs, its silo just stops answering.</summary>
    public void Kill(int index)
    {
        _killed[index] = true;
        _hosts[index].Kill();
    }

    /// <summary>Runs a test's body; on failure, adds the hosts' last log lines to the test output.</summary>
    public async Task Reporting(Xunit.Abstractions.ITestOutputHelper output, Func<Task> body)
    {
        try
        {
            await body();
        }
        catch
        {
            output.WriteLine(OutputTails());
            throw;
        }
    }

    /// <summary>The last lines each host wrote, for a failing test's message.</summary>
    public string OutputTails(int lines = 40) => string.Join("\n\n", _hosts.Select((h, i) =>
        $"--- host {i} ({h.BaseAddress}{(_killed[i] ? ", killed" : "")}):\n" + string.Join('\n', h.Output.Split('\n').TakeLast(lines))));

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
    }

    private void KillAll()
    {
        foreach (var host in _hosts)
        {
            try
            {
                host.Kill();
            }
            catch (InvalidOperationException)
            {
                // Disposed already.
            }
        }
    }
}
