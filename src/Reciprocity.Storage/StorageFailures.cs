using Microsoft.Data.Sqlite;
using Npgsql;
using Orleans.Storage;

namespace Reciprocity.Storage;

/// <summary>Which database failures mean "the storage cannot serve now" rather than "this request is wrong".</summary>
public static class StorageFailures
{
    // SQLite's primary result codes: BUSY, LOCKED, NOMEM, READONLY, IOERR, FULL, CANTOPEN, PROTOCOL.
    private static readonly int[] SqliteUnavailable = [5, 6, 7, 8, 10, 13, 14, 15];

    /// <summary>True when <paramref name="failure"/>, or an exception inside it, is the database being unavailable.</summary>
    public static bool IsUnavailable(Exception failure)
    {
        for (var current = failure; current is not null; current = current.InnerException)
        {
            var unavailable = current switch
            {
                StorageUnavailableException or TimeoutException => true,

                // A version conflict after a write whose outcome was lost: the next activation reads what is stored.
                InconsistentStateException => true,

                // The group commit refuses writes while the host shuts down.
                ObjectDisposedException => true,
                SqliteException sqlite => SqliteUnavailable.Contains(sqlite.SqliteErrorCode & 0xFF),
                PostgresException postgres => postgres.IsTransient
                    || postgres.SqlState.StartsWith("53", StringComparison.Ordinal) // insufficient resources: disk full, memory, connections
                    || postgres.SqlState.StartsWith("57", StringComparison.Ordinal) // operator intervention: shutdown, cannot connect now
                    || postgres.SqlState.StartsWith("58", StringComparison.Ordinal) // system error: I/O
                    || postgres.SqlState == PostgresErrorCodes.ReadOnlySqlTransaction,
                NpgsqlException npgsql => npgsql.IsTransient,
                _ => false,
            };
            if (unavailable)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The database's own words for the failure (a code and a fixed text), never any grain state.</summary>
    public static string Describe(Exception failure)
    {
        for (var current = failure; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case SqliteException sqlite:
                    return sqlite.Message;
                case PostgresException postgres:
                    return $"PostgreSQL {postgres.SqlState}: {postgres.MessageText}";
                case NpgsqlException npgsql:
                    return $"PostgreSQL: {npgsql.Message}";
            }
        }

        return failure.GetType().Name;
    }
}
