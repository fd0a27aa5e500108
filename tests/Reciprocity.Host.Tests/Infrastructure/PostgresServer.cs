using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Reciprocity.Host.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL server for one test class: initdb and pg_ctl from the newest /usr/lib/postgresql/*/bin,
/// run as the postgres OS user (they refuse root) from a fresh temp folder holding its data and sockets, trust auth, listening
/// on a free loopback port. Each test asks for a database of its own. Missing binaries fail the tests, never skip them.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string BinariesRoot = "/usr/lib/postgresql";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);

    private string _bin = "";
    private string _root = "";
    private string _data = "";
    private bool _started;

    public int Port { get; private set; }

    public string ConnectionString(string database) =>
        string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Timeout=15;Command Timeout=60");

    /// <summary>Creates an empty database and answers its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "test_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name};", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async Task InitializeAsync()
    {
        _bin = FindNewestBinaries();
        _root = Directory.CreateTempSubdirectory("reciprocity-pg-").FullName;
        _data = Path.Combine(_root, "data");
        if (IsRoot)
        {
            await RunAsync("chown", ["-R", "postgres:postgres", _root], asPostgres: false);
        }

        try
        {
            Port = FreePort.Next();
            await RunAsync(Path.Combine(_bin, "initdb"),
                ["-D", _data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync", "--no-instructions"]);

            // fsync and synchronous_commit stay on (PostgreSQL's defaults, said here so nobody turns them off for speed):
            // the crash and restart tests check durability, and a commit must mean what it means in production.
            var serverOptions = string.Create(CultureInfo.InvariantCulture,
                $"-p {Port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on -c max_connections=200");
            await RunAsync(Path.Combine(_bin, "pg_ctl"),
                ["-D", _data, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60", "-o", serverOptions, "start"],
                captureOutput: false);
            _started = true;
        }
        catch
        {
            // A fixture whose start failed may never be disposed: leave no folder behind.
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        try
        {
            // postmaster.pid too: a start that timed out may still have left a server running.
            if (_started || (_data.Length > 0 && File.Exists(Path.Combine(_data, "postmaster.pid"))))
            {
                _started = false;
                await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", _data, "-m", "immediate", "-w", "-t", "30", "stop"]);
            }
        }
        finally
        {
            if (_root.Length > 0 && Directory.Exists(_root))
            {
                Directory.Delete(_root, recursive: true);
            }
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static string FindNewestBinaries()
    {
        var newest = Directory.Exists(BinariesRoot)
            ? Directory.GetDirectories(BinariesRoot)
                .Where(version => File.Exists(Path.Combine(version, "bin", "initdb")) && File.Exists(Path.Combine(version, "bin", "pg_ctl")))
                .OrderByDescending(version => decimal.TryParse(Path.GetFileName(version), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : 0)
                .FirstOrDefault()
            : null;
        if (newest is not null)
        {
            return Path.Combine(newest, "bin");
        }

        var where = Environment.GetEnvironmentVariable("CI") == "true"
            ? "CI=true: .ci/run must install the Debian package 'postgresql' before the tests."
            : "Install the Debian package 'postgresql' (apt-get install -y postgresql); these tests fail rather than skip without it.";
        throw new InvalidOperationException($"PostgreSQL server binaries (initdb, pg_ctl) were not found under {BinariesRoot}/*/bin. {where}");
    }

    /// <summary>A plain-text dump of the database behind <paramref name="connectionString"/> (pg_dump), as a backup would hold it.</summary>
    public Task<string> DumpAsync(string connectionString) => RunAsync(
        Path.Combine(_bin, "pg_dump"),
        ["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", "-d", new NpgsqlConnectionStringBuilder(connectionString).Database!]);

    private async Task<string> RunAsync(string program, IReadOnlyList<string> arguments, bool asPostgres = true, bool captureOutput = true)
    {
        // Run from the server's own folder: the checkout the tests run from may be one the postgres user cannot enter.
        var start = new ProcessStartInfo { UseShellExecute = false, RedirectStandardOutput = captureOutput, RedirectStandardError = captureOutput, WorkingDirectory = _root };
        if (asPostgres && IsRoot)
        {
            start.FileName = "runuser";
            foreach (var argument in (string[])["-u", "postgres", "--", program])
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            start.FileName = program;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        // pg_ctl start runs uncaptured: the server it leaves behind must not hold our pipes open.
        var output = captureOutput ? process.StandardOutput.ReadToEndAsync() : Task.FromResult("");
        var error = captureOutput ? process.StandardError.ReadToEndAsync() : Task.FromResult("");
        using var timeout = new CancellationTokenSource(CommandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(program)} did not finish within {CommandTimeout.TotalSeconds} s.");
        }

        if (process.ExitCode != 0)
        {
            var log = Path.Combine(_root, "server.log");
            var serverLog = File.Exists(log) ? await File.ReadAllTextAsync(log) : "";
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}\n{serverLog}");
        }

        return await output;
    }
}
