using Microsoft.Data.Sqlite;

namespace Reciprocity.LoadTest;

/// <summary>
/// Counts the host's durable grain-state writes by reading its SQLite file: every write raises a row's Version by one,
/// so the sum of Versions is the number of writes so far. Read-only, beside the host's writer (WAL allows it).
/// </summary>
public static class StorageWrites
{
    public static long? Total(string? databasePath)
    {
        if (databasePath is null || !File.Exists(databasePath))
        {
            return null;
        }

        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COALESCE(SUM(Version), 0) FROM ReciprocityGrainState";
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            // A schema of another shape: the figure is left out rather than guessed.
            return null;
        }
    }
}
