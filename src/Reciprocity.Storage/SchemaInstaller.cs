using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Reciprocity.Storage;

/// <summary>
/// Creates or upgrades the project's schema (Sql/*.sql, embedded) idempotently: tables if missing,
/// the OrleansQuery rows replaced. Grain state and membership rows are left as they are.
/// </summary>
internal sealed class SchemaInstaller(StorageDatabase database, ILogger<SchemaInstaller> logger)
{
    // pg_advisory_xact_lock key ("Reciproc" in ASCII): hosts starting together install one after another.
    private const long PostgresSchemaLock = 0x5265_6369_7072_6F63;

    // A host may start before its PostgreSQL server accepts connections (compose, a restart of both).
    private static readonly TimeSpan PostgresStartupWindow = TimeSpan.FromSeconds(60);

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        if (database.Provider == StorageProvider.Sqlite)
        {
            try
            {
                await InstallSqliteAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (SqliteException failure) when (StorageFailures.IsUnavailable(failure))
            {
                // Read-only, missing folder rights, full: say where and what to do; the host then exits with 1.
                throw new InvalidOperationException(
                    $"The SQLite database at {database.Description} cannot be written ({failure.Message}). Make the file and its folder " +
                    $"writable by the user that runs the host and leave room on its disk, or point '{StorageSettings.ConnectionStringKey}' at another file.",
                    failure);
            }
        }
        else
        {
            await InstallPostgresWithRetriesAsync(cancellationToken).ConfigureAwait(false);
        }

        var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        StorageLog.SchemaReady(logger, database.Provider, database.Description, elapsedMs);
    }

    private async Task InstallSqliteAsync(CancellationToken cancellationToken)
    {
        // The schema script writes: it takes its turn at the file's writer gate, like the group commit.
        var file = database.Sqlite!;
        using var turn = await file.EnterWriterAsync(cancellationToken).ConfigureAwait(false);
        var connection = file.OpenWriter();
        await using (connection.ConfigureAwait(false))
        {

            // WAL lets readers run beside the writer; the mode persists in the file and cannot change inside a transaction.
            var journal = connection.CreateCommand();
            await using (journal.ConfigureAwait(false))
            {
                journal.CommandText = "PRAGMA journal_mode = WAL;";
                var mode = Convert.ToString(await journal.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
                if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidOperationException($"SQLite kept journal mode '{mode}' instead of WAL for {database.Description}.");
                }
            }

            // BEGIN IMMEDIATE: the whole script commits or none of it does.
            var transaction = connection.BeginTransaction(deferred: false);
            await using (transaction.ConfigureAwait(false))
            {
                await ExecuteScriptAsync(connection, transaction, "sqlite.sql", cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task InstallPostgresWithRetriesAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(PostgresStartupWindow.TotalSeconds * Stopwatch.Frequency);
        var pause = TimeSpan.FromMilliseconds(250);
        while (true)
        {
            try
            {
                await InstallPostgresAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (NpgsqlException exception) when (exception.IsTransient && Stopwatch.GetTimestamp() < deadline)
            {
                StorageLog.DatabaseNotReady(logger, database.Description, exception.Message);
                await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
                pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 5000));
            }
        }
    }

    private async Task InstallPostgresAsync(CancellationToken cancellationToken)
    {
        var connection = await database.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                // Without it, concurrent CREATE TABLE IF NOT EXISTS can still collide on the catalog's unique indexes.
                var lockCommand = connection.CreateCommand();
                await using (lockCommand.ConfigureAwait(false))
                {
                    lockCommand.Transaction = transaction;
                    lockCommand.CommandText = "SELECT pg_advisory_xact_lock(@key);";
                    lockCommand.Parameters.Add(new NpgsqlParameter<long>("key", PostgresSchemaLock));
                    await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await ExecuteScriptAsync(connection, transaction, "postgres.sql", cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task ExecuteScriptAsync(DbConnection connection, DbTransaction transaction, string name, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = await ReadScriptAsync(name, cancellationToken).ConfigureAwait(false);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    internal static async Task<string> ReadScriptAsync(string name, CancellationToken cancellationToken)
    {
        var resource = $"Reciprocity.Storage.Sql.{name}";
        var stream = typeof(SchemaInstaller).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded schema script '{resource}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }
}
