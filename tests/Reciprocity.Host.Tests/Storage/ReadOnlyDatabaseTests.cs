using Microsoft.Data.Sqlite;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Storage;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ReadOnlyDatabaseTests
{
    [Fact]
    public async Task A_read_only_database_file_stops_the_host_with_a_clear_message_and_exit_code_1()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "reciprocity.db");
        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE Earlier (Id INTEGER PRIMARY KEY);";
            await command.ExecuteNonQueryAsync();
        }

        // The file is read-only (0444) in a folder the host may write in, so only the file's mode is in the way. Root
        // ignores file modes, so as root the host runs as the unprivileged user 'nobody', as a container's app user would,
        // from a copy of the host that 'nobody' can enter wherever the checkout lives (issue 25).
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(folder.Path, (UnixFileMode)0b111_111_111);
        var settings = new Dictionary<string, string> { ["ConnectionStrings:Reciprocity"] = folder.SqliteConnectionString };
        var within = TimeSpan.FromSeconds(90);

        var (exitCode, output) = Environment.UserName == "root"
            ? await HostProcess.RunUntilExitAs("nobody", settings, within)
            : await HostProcess.RunUntilExit(settings, within);

        Assert.True(exitCode == 1, $"the host exited with {exitCode}:\n{output}");
        Assert.Contains($"Reciprocity could not start: The SQLite database at {file} cannot be written", output, StringComparison.Ordinal);
        Assert.Contains("readonly database", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
    }
}
