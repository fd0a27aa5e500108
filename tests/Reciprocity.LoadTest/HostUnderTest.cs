using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Reciprocity.LoadTest;

/// <summary>
/// The Reciprocity host as its own process on loopback ports and a fresh SQLite file in a temporary folder,
/// so its CPU and memory can be read from /proc apart from the load generator's.
/// </summary>
public sealed class HostUnderTest : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private HostUnderTest(Process process, Uri baseAddress, string folder, string databasePath)
    {
        _process = process;
        BaseAddress = baseAddress;
        Folder = folder;
        DatabasePath = databasePath;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    public string Folder { get; }

    public string DatabasePath { get; }

    /// <summary>From starting the process to the first 200 from /health/ready.</summary>
    public TimeSpan ColdStart { get; private set; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    /// <summary>Starts <c>dotnet Reciprocity.Host.dll</c> on a fresh SQLite file and waits until it is ready.</summary>
    public static async Task<HostUnderTest> Start(string hostDll, IReadOnlyDictionary<string, string>? settings = null)
    {
        if (!File.Exists(hostDll))
        {
            throw new FileNotFoundException($"No host at {hostDll}: build src/Reciprocity.Host first.", hostDll);
        }

        var folder = Directory.CreateTempSubdirectory("reciprocity-bench-").FullName;
        var database = Path.Combine(folder, "reciprocity.db");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(hostDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ConnectionStrings__Reciprocity"] = $"Data Source={database}";
        start.Environment["Storage__Provider"] = "Sqlite";
        start.Environment["Orleans__SiloPort"] = FreePort().ToString(CultureInfo.InvariantCulture);
        // Every simulated person comes from one loopback address; the default limit suits people, not a benchmark.
        start.Environment["RateLimits__CreationsPerMinute"] = "1000000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the host.");
        var host = new HostUnderTest(process, new Uri($"http://127.0.0.1:{port}"), folder, database);
        process.OutputDataReceived += (_, line) => host.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => host.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await host.WaitUntilReady(TimeSpan.FromSeconds(60));
        }
        catch
        {
            // A host that never became ready must not outlive the benchmark (it would skew every later run).
            await host.DisposeAsync();
            throw;
        }

        host.ColdStart = clock.Elapsed;
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans its temp folder anyway.
        }
    }

    // Short polls, so the cold-start figure is not rounded up by the poll interval.
    private Task WaitUntilReady(TimeSpan within) =>
        HostReadiness.WaitAsync(BaseAddress, () => _process.HasExited ? _process.ExitCode : null, () => Output, within, TimeSpan.FromMilliseconds(10));

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            if (_output.Count < 2000)
            {
                _output.Add(line);
            }
        }
    }

    /// <summary>A free loopback port; chosen here because Orleans refuses port 0.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
