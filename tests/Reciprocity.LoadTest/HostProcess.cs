using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Reciprocity.LoadTest;

/// <summary>
/// The host as a real operating-system process on loopback ports, the one launcher of the tests and the benchmark: a
/// test can kill it with SIGKILL (or run several in one cluster) the way a machine failure would, and the benchmark
/// reads its CPU and memory from /proc apart from the load generator's (<see cref="HostUnderTest"/>).
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly int _keptLines;

    private HostProcess(Process process, int httpPort, int keptLines)
    {
        _process = process;
        _keptLines = keptLines;
        HttpPort = httpPort;
        BaseAddress = new Uri($"http://127.0.0.1:{httpPort}");
    }

    public int HttpPort { get; }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    /// <summary>From starting the process to the first 200 from /health/ready, once <see cref="Start(HostLaunch)"/> saw it.</summary>
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

    /// <summary>Starts Reciprocity.Host.dll (copied beside the tests) with the given settings, and waits for /health/ready.</summary>
    public static Task<HostProcess> Start(IReadOnlyDictionary<string, string> settings, int? httpPort = null, int? siloPort = null, TimeSpan? readyWithin = null, string? workingDirectory = null) =>
        Start(HostLaunch.ForTests(settings) with
        {
            HttpPort = httpPort,
            SiloPort = siloPort,
            WorkingDirectory = workingDirectory,
            ReadyWithin = readyWithin ?? TimeSpan.FromSeconds(90),
        });

    /// <summary>Starts a host as <paramref name="launch"/> says, and waits for /health/ready.</summary>
    public static async Task<HostProcess> Start(HostLaunch launch)
    {
        ArgumentNullException.ThrowIfNull(launch);
        var clock = Stopwatch.StartNew();
        var host = Launch(launch);
        try
        {
            await host.WaitUntilReady(launch.ReadyWithin, launch.Poll);
        }
        catch
        {
            // A host that never became ready must not outlive the test or the benchmark that started it.
            await host.DisposeAsync();
            throw;
        }

        host.ColdStart = clock.Elapsed;
        return host;
    }

    /// <summary>Starts the host without waiting for it to become ready: for a test that expects it never to.</summary>
    public static HostProcess StartUnready(IReadOnlyDictionary<string, string> settings) => Launch(HostLaunch.ForTests(settings));

    /// <summary>
    /// Starts the host for a test that expects it to stop by itself, and answers its exit code and everything it wrote;
    /// kills it if it is still running after <paramref name="within"/>.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunUntilExit(IReadOnlyDictionary<string, string> settings, TimeSpan within) =>
        await UntilExit(Launch(HostLaunch.ForTests(settings)), within);

    /// <summary>
    /// As <see cref="RunUntilExit(IReadOnlyDictionary{string, string}, TimeSpan)"/>, with the host run as <paramref name="user"/>
    /// (through runuser) from a copy of it that the user can read: the checkout may be in a folder only its owner may enter.
    /// </summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public static async Task<(int ExitCode, string Output)> RunUntilExitAs(string user, IReadOnlyDictionary<string, string> settings, TimeSpan within)
    {
        using var copy = HostCopy.For(user);
        return await UntilExit(Launch(HostLaunch.ForTests(settings) with { AsUser = user, HostDll = copy.HostDll }), within);
    }

    private static async Task<(int ExitCode, string Output)> UntilExit(HostProcess launched, TimeSpan within)
    {
        await using var host = launched;
        using var timeout = new CancellationTokenSource(within);
        try
        {
            await host._process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The host still ran after {within.TotalSeconds} s:\n{host.Output}");
        }

        // Exited: the last lines on its pipes arrive once they reach their end.
        host._process.WaitForExit();
        return (host._process.ExitCode, host.Output);
    }

    private static HostProcess Launch(HostLaunch launch)
    {
        if (!File.Exists(launch.HostDll))
        {
            throw new FileNotFoundException($"No host at {launch.HostDll}: build src/Reciprocity.Host first.", launch.HostDll);
        }

        var port = launch.HttpPort ?? FreePort.Next();
        var start = new ProcessStartInfo(launch.AsUser is null ? "dotnet" : "runuser")
        {
            WorkingDirectory = launch.WorkingDirectory ?? Path.GetDirectoryName(launch.HostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (launch.AsUser is not null)
        {
            // runuser keeps the environment below, so the host runs with the same settings under another user.
            foreach (var argument in (string[])["-u", launch.AsUser, "--", "dotnet"])
            {
                start.ArgumentList.Add(argument);
            }
        }

        start.ArgumentList.Add(launch.HostDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["Orleans__SiloPort"] = (launch.SiloPort ?? FreePort.Next()).ToString(CultureInfo.InvariantCulture);
        foreach (var (key, value) in launch.Settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the host.");
        var host = new HostProcess(process, port, launch.KeptLines);
        process.OutputDataReceived += (_, line) => host.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => host.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>The process has ended, by a kill or by itself.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Completes when the process ends.</summary>
    public Task Exited(CancellationToken cancellation) => _process.WaitForExitAsync(cancellation);

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Waits for a host that is expected to stop by itself; answers its exit code, or fails after <paramref name="within"/>.</summary>
    public async Task<int> Exited(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The host still ran after {within.TotalSeconds} s:\n{Output}");
        }

        return _process.ExitCode;
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a crash or a power cut of the process.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await Task.CompletedTask;
        _process.Dispose();
    }

    /// <summary>Waits for /health/ready, failing early if the process exits.</summary>
    private async Task WaitUntilReady(TimeSpan within, TimeSpan poll)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {_process.ExitCode} before it was ready:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but not answering yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The host was not ready within {within.TotalSeconds} s:\n{Output}");
            }

            await Task.Delay(poll);
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            if (_output.Count < _keptLines)
            {
                _output.Add(line);
            }
        }
    }
}
