using System.Diagnostics;
using System.Globalization;

namespace Reciprocity.Host.Tests.Infrastructure;

/// <summary>
/// The host as a real operating-system process on loopback ports, so a test can kill it with SIGKILL
/// (or run several in one cluster) the way a machine failure would.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private HostProcess(Process process, int httpPort)
    {
        _process = process;
        HttpPort = httpPort;
        BaseAddress = new Uri($"http://127.0.0.1:{httpPort}");
    }

    public int HttpPort { get; }

    public Uri BaseAddress { get; }

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
    public static async Task<HostProcess> Start(IReadOnlyDictionary<string, string> settings, int? httpPort = null, int? siloPort = null, TimeSpan? readyWithin = null, string? workingDirectory = null)
    {
        var host = Launch(settings, httpPort, siloPort, asUser: null, workingDirectory: workingDirectory);
        try
        {
            await host.WaitUntilReady(readyWithin ?? TimeSpan.FromSeconds(90));
        }
        catch
        {
            // A host that never became ready must not outlive the test that started it.
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    /// <summary>Starts the host without waiting for it to become ready: for a test that expects it never to.</summary>
    public static HostProcess StartUnready(IReadOnlyDictionary<string, string> settings) => Launch(settings, httpPort: null, siloPort: null, asUser: null);

    /// <summary>
    /// Starts the host for a test that expects it to stop by itself, and answers its exit code and everything it wrote;
    /// kills it if it is still running after <paramref name="within"/>.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunUntilExit(IReadOnlyDictionary<string, string> settings, TimeSpan within) =>
        await UntilExit(Launch(settings, httpPort: null, siloPort: null, asUser: null), within);

    /// <summary>
    /// As <see cref="RunUntilExit(IReadOnlyDictionary{string, string}, TimeSpan)"/>, with the host run as <paramref name="user"/>
    /// (through runuser) from a copy of it that the user can read: the checkout may be in a folder only its owner may enter.
    /// </summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public static async Task<(int ExitCode, string Output)> RunUntilExitAs(string user, IReadOnlyDictionary<string, string> settings, TimeSpan within)
    {
        using var copy = HostCopy.For(user);
        return await UntilExit(Launch(settings, httpPort: null, siloPort: null, user, copy.Folder), within);
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

    private static HostProcess Launch(IReadOnlyDictionary<string, string> settings, int? httpPort, int? siloPort, string? asUser, string? folder = null, string? workingDirectory = null)
    {
        var port = httpPort ?? FreePort.Next();
        var hostFolder = folder ?? AppContext.BaseDirectory;
        var hostDll = Path.Combine(hostFolder, "Reciprocity.Host.dll");
        var start = new ProcessStartInfo(asUser is null ? "dotnet" : "runuser")
        {
            WorkingDirectory = workingDirectory ?? hostFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asUser is not null)
        {
            // runuser keeps the environment below, so the host runs with the same settings under another user.
            foreach (var argument in (string[])["-u", asUser, "--", "dotnet"])
            {
                start.ArgumentList.Add(argument);
            }
        }

        start.ArgumentList.Add(hostDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Orleans__SiloPort"] = (siloPort ?? FreePort.Next()).ToString(CultureInfo.InvariantCulture);
        start.Environment["RateLimits__CreationsPerMinute"] = "100000";
        start.Environment["RateLimits__FailedKeysPerMinute"] = "100000";
        start.Environment["RateLimits__RelationshipsPerMinute"] = "100000";
        start.Environment["RateLimits__LookupsPerMinute"] = "100000";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the host.");
        var host = new HostProcess(process, port);
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

    private Task WaitUntilReady(TimeSpan within) =>
        Reciprocity.LoadTest.HostReadiness.WaitAsync(BaseAddress, () => _process.HasExited ? _process.ExitCode : null, () => Output, within, TimeSpan.FromMilliseconds(100));

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }
    }
}
