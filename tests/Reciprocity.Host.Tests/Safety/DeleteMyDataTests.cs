using Npgsql;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Safety;

/// <summary>
/// After a person leaves and deletes everything, the storage itself holds none of their words: the SQLite file and its
/// WAL (secure_delete, then a truncating checkpoint), and a dump of the PostgreSQL database, whose dead row versions
/// the deletion's VACUUM removed.
/// </summary>
public sealed class DeleteMyDataTests
{
    [Fact]
    public async Task On_sqlite_neither_the_file_nor_its_wal_holds_any_word_of_a_deleted_person()
    {
        using var folder = new TempFolder();
        var scenario = new YourDataScenario();
        await using (var factory = await new ReciprocityFactory(folder.SqliteConnectionString).Ready())
        {
            await scenario.Run(factory);

            // Read while the host runs, as the deletion left them: the WAL is there, truncated.
            var files = Directory.GetFiles(folder.Path, "reciprocity.db*");
            Assert.Contains(files, file => file.EndsWith("-wal", StringComparison.Ordinal));
            var bytes = files.SelectMany(ReadShared).ToArray();
            Assert.Empty(YourDataScenario.FoundIn(bytes, scenario.SamsWords));
            Assert.Single(YourDataScenario.FoundIn(bytes, [scenario.AlexStays]));
        }
    }

    [Fact]
    public async Task On_postgres_a_dump_holds_no_word_of_a_deleted_person_and_no_dead_row_versions_are_left()
    {
        var server = new PostgresServer();
        await server.InitializeAsync();
        try
        {
            var connectionString = await server.CreateDatabaseAsync();
            var scenario = new YourDataScenario();
            await using (var factory = await new ReciprocityFactory(connectionString, "Postgres").Ready())
            {
                await scenario.Run(factory);
                var dump = await server.DumpAsync(connectionString);

                // Payloads are bytea, dumped as hex: search both spellings.
                var words = scenario.SamsWords.SelectMany(word => new[] { word, Hex(word) });
                Assert.DoesNotContain(words, word => dump.Contains(word, StringComparison.Ordinal));
                Assert.Contains(Hex(scenario.AlexStays), dump, StringComparison.Ordinal);
                Assert.Equal(0, await DeadRowVersions(connectionString));
            }
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private static byte[] ReadShared(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        file.CopyTo(copy);
        return copy.ToArray();
    }

    private static string Hex(string word) => Convert.ToHexStringLower(System.Text.Encoding.UTF8.GetBytes(word));

    // pgstattuple reads every page as it is now: dead tuples still holding their data, in the table and its TOAST table.
    private static async Task<long> DeadRowVersions(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            CREATE EXTENSION IF NOT EXISTS pgstattuple;
            SELECT (SELECT dead_tuple_count FROM pgstattuple('reciprocitygrainstate'))
                 + (SELECT dead_tuple_count FROM pgstattuple((SELECT reltoastrelid FROM pg_class WHERE relname = 'reciprocitygrainstate')));
            """,
            connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
