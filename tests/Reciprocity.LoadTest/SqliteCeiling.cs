using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Reciprocity.LoadTest;

/// <summary>
/// The machine's raw durable commit rate: Microsoft.Data.Sqlite on a file in the temp folder, WAL, synchronous=FULL
/// (the host's settings), one ~500-byte row upserted per transaction, one writer. Also with 16 rows per
/// transaction, to show what grouping commits would buy.
/// </summary>
public static class SqliteCeiling
{
    public static SqliteCeilingResult Measure(TimeSpan each)
    {
        var folder = Directory.CreateTempSubdirectory("reciprocity-ceiling-").FullName;
        try
        {
            var path = Path.Combine(folder, "ceiling.db");
            using var connection = new SqliteConnection($"Data Source={path}");
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
            Execute(connection, "CREATE TABLE state (id INTEGER PRIMARY KEY, payload BLOB NOT NULL, version INTEGER NOT NULL)");
            var single = CommitsPerSecond(connection, each, rowsPerTransaction: 1);
            var grouped = CommitsPerSecond(connection, each, rowsPerTransaction: 16);
            return new SqliteCeilingResult(single.Commits, single.Rows, grouped.Commits, grouped.Rows);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (double Commits, double Rows) CommitsPerSecond(SqliteConnection connection, TimeSpan duration, int rowsPerTransaction)
    {
        var payload = new byte[500];
        Random.Shared.NextBytes(payload);
        using var upsert = connection.CreateCommand();
        upsert.CommandText = "INSERT INTO state (id, payload, version) VALUES ($id, $payload, 1) ON CONFLICT (id) DO UPDATE SET payload = excluded.payload, version = version + 1";
        var id = upsert.Parameters.Add("$id", SqliteType.Integer);
        upsert.Parameters.AddWithValue("$payload", payload);

        var commits = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            using var transaction = connection.BeginTransaction();
            upsert.Transaction = transaction;
            for (var row = 0; row < rowsPerTransaction; row++)
            {
                id.Value = (commits * rowsPerTransaction + row) % 1000;
                upsert.ExecuteNonQuery();
            }

            transaction.Commit();
            commits++;
        }

        var seconds = clock.Elapsed.TotalSeconds;
        return (commits / seconds, commits * rowsPerTransaction / seconds);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

public sealed record SqliteCeilingResult(double SingleRowCommitsPerSecond, double SingleRowRowsPerSecond, double GroupedCommitsPerSecond, double GroupedRowsPerSecond);
