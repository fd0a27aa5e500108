namespace Reciprocity.LoadTest;

/// <summary>
/// The benchmark's host: a <see cref="HostProcess"/> on a fresh SQLite file in a temporary folder, so no run inherits
/// another's data or warm caches, and its CPU and memory can be read from /proc apart from the load generator's.
/// </summary>
public sealed class HostUnderTest : IAsyncDisposable
{
    private readonly HostProcess _host;

    private HostUnderTest(HostProcess host, string folder, string databasePath)
    {
        _host = host;
        Folder = folder;
        DatabasePath = databasePath;
    }

    public Uri BaseAddress => _host.BaseAddress;

    public int ProcessId => _host.ProcessId;

    public string Folder { get; }

    public string DatabasePath { get; }

    /// <summary>From starting the process to the first 200 from /health/ready.</summary>
    public TimeSpan ColdStart => _host.ColdStart;

    public string Output => _host.Output;

    /// <summary>Starts <c>dotnet Reciprocity.Host.dll</c> on a fresh SQLite file and waits until it is ready.</summary>
    public static async Task<HostUnderTest> Start(string hostDll, IReadOnlyDictionary<string, string>? settings = null)
    {
        var folder = Directory.CreateTempSubdirectory("reciprocity-bench-").FullName;
        var database = Path.Combine(folder, "reciprocity.db");
        var all = new Dictionary<string, string>
        {
            ["ConnectionStrings:Reciprocity"] = $"Data Source={database}",
            ["Storage:Provider"] = "Sqlite",
            // Every simulated person comes from one loopback address; the default limit suits people, not a benchmark.
            ["RateLimits:CreationsPerMinute"] = "1000000",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        try
        {
            var host = await HostProcess.Start(new HostLaunch(hostDll, all)
            {
                ReadyWithin = TimeSpan.FromSeconds(60),
                Poll = TimeSpan.FromMilliseconds(10),
                KeptLines = 2000,
            });
            return new HostUnderTest(host, folder, database);
        }
        catch
        {
            DeleteFolder(folder);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        DeleteFolder(Folder);
    }

    private static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans its temp folder anyway.
        }
    }
}
