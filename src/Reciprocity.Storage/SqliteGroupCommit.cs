using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Reciprocity.Storage;

/// <summary>
/// Group commit for a SQLite file: typed grain writes queue here, and one writer connection runs everything waiting in
/// one transaction — each write inside its own savepoint — then commits once. A write's task completes only after that
/// COMMIT returned, which with <c>synchronous = FULL</c> means after the WAL's fsync: the same promise as one transaction
/// per write, at a fraction of the fsyncs. A statement that fails rolls back to its savepoint and faults only its own
/// write; a COMMIT that fails faults every write of its batch.
/// </summary>
internal sealed class SqliteGroupCommit : GroupCommit
{
    // Enough to empty the queue of a busy host in one go, small enough that one batch never holds the lock long.
    private const int MaxBatch = 512;

    private readonly SqliteFile _file;
    private Writer? _connection;

    public SqliteGroupCommit(SqliteFile file, StorageTestHooks? hooks = null)
        : base(MaxBatch, hooks)
    {
        _file = file;
        StartWriter();
    }

    // The writer takes its turn at the file's writer gate, so the schema installer and the clean-up keep out of its way.
    protected override async Task CommitAsync(List<QueuedWrite> batch)
    {
        using var turn = await _file.EnterWriterAsync(CancellationToken.None).ConfigureAwait(false);
        await CommitHoldingTheGateAsync(batch).ConfigureAwait(false);
    }

    protected override ValueTask CloseWriterAsync()
    {
        _connection?.Dispose();
        return ValueTask.CompletedTask;
    }

    [SuppressMessage("Design", "CA1031", Justification = "Every failure is handed to the writes it concerns; the writer loop must live on.")]
    private async Task CommitHoldingTheGateAsync(List<QueuedWrite> batch)
    {
        var outcomes = new WriteOutcome[batch.Count];
        var failures = new Exception?[batch.Count];
        try
        {
            var writer = await OpenAsync().ConfigureAwait(false);
            writer.LimitPages(Hooks?.SqlitePageLimit);
            writer.Begin.ExecuteNonQuery();
            for (var i = 0; i < batch.Count; i++)
            {
                writer.Savepoint.ExecuteNonQuery();
                try
                {
                    outcomes[i] = await writer.RunAsync(batch[i].Row).ConfigureAwait(false);
                    writer.Release.ExecuteNonQuery();
                }
                catch (SqliteException failure)
                {
                    // SQLite rolls the whole transaction back itself after some errors (a full disk, an I/O error):
                    // then every write of the batch failed, for this reason.
                    if (writer.InAutocommit)
                    {
                        throw;
                    }

                    failures[i] = failure;
                    writer.RollbackToSavepoint.ExecuteNonQuery();
                    writer.Release.ExecuteNonQuery();
                }
            }

            await BeforeCommitAsync().ConfigureAwait(false);
            writer.Commit.ExecuteNonQuery();
        }
        catch (Exception failure)
        {
            Abandon();
            Fail(batch, failure);
            return;
        }

        Acknowledge(batch, outcomes, failures);
    }

    private async Task<Writer> OpenAsync()
    {
        if (_connection is null)
        {
            var connection = _file.OpenWriter();
            try
            {
                var statements = await GrainRowStatements.LoadAsync(connection, CancellationToken.None).ConfigureAwait(false);
                _connection = new Writer(connection, statements);
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }

        return _connection;
    }

    // After a failed batch: roll back whatever is open and start the next batch on a fresh connection.
    private void Abandon()
    {
        _connection?.Dispose();
        _connection = null;
    }

    /// <summary>The writer connection with its statements prepared once: the same few run for every batch.</summary>
    private sealed class Writer : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _store;
        private readonly SqliteCommand _clear;
        private long _appliedPageLimit;

        public Writer(SqliteConnection connection, GrainRowStatements statements)
        {
            _connection = connection;
            Begin = Command("BEGIN IMMEDIATE;");
            Savepoint = Command("SAVEPOINT write;");
            Release = Command("RELEASE write;");
            RollbackToSavepoint = Command("ROLLBACK TO write;");
            Commit = Command("COMMIT;");
            _store = Command(statements.Write);
            _clear = Command(statements.Clear);
        }

        public SqliteCommand Begin { get; }

        public SqliteCommand Savepoint { get; }

        public SqliteCommand Release { get; }

        public SqliteCommand RollbackToSavepoint { get; }

        public SqliteCommand Commit { get; }

        /// <summary>True when no transaction is open: SQLite rolled it back itself.</summary>
        public bool InAutocommit => _connection.Handle is { } handle && raw.sqlite3_get_autocommit(handle) != 0;

        public async Task<WriteOutcome> RunAsync(GrainRowWrite write)
        {
            var command = write.Change == GrainRowChange.Store ? _store : _clear;
            command.Parameters.Clear();
            foreach (var (name, type, value) in GrainRowStatements.Parameters(write))
            {
                command.Parameters.Add(new SqliteParameter(name, value) { DbType = type });
            }

            var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                return await GrainRowStatements.ReadOutcomeAsync(reader, write.Change, CancellationToken.None).ConfigureAwait(false);
            }
        }

        public void LimitPages(long? limit)
        {
            var wanted = limit ?? 0;
            if (wanted == _appliedPageLimit)
            {
                return;
            }

            // SQLite's largest page count stands for "no limit" (it keeps the file's current size if asked for less).
            using var pragma = Command(string.Create(CultureInfo.InvariantCulture, $"PRAGMA max_page_count = {(wanted > 0 ? wanted : 4294967294)};"));
            pragma.ExecuteNonQuery();
            _appliedPageLimit = wanted;
        }

        // Closing the connection rolls back anything still open.
        public void Dispose() => _connection.Dispose();

        private SqliteCommand Command(string text)
        {
            var command = _connection.CreateCommand();
            command.CommandText = text;
            return command;
        }
    }
}
