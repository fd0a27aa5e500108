using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Reciprocity.Host.Storage;

/// <summary>
/// Group commit for a SQLite file: single-statement writes queue here, and one writer connection runs everything
/// waiting in one transaction — each statement inside its own savepoint — then commits once. A write's task completes
/// only after that commit returned, which with <c>synchronous = FULL</c> means after the WAL's fsync: the same promise
/// as one transaction per write, at a fraction of the fsyncs. A statement that fails rolls back to its savepoint and
/// faults only its own write; a commit that fails faults every write of its batch.
/// </summary>
internal sealed class SqliteGroupCommit : IAsyncDisposable
{
    // Enough to empty the queue of a busy host in one go, small enough that one batch never holds the lock long.
    private const int MaxBatch = 512;

    private readonly string _connectionString;
    private readonly SqliteWriterGate _gate;
    private readonly GroupCommitQueue<SqliteParameter> _queue = new(MaxBatch, nameof(SqliteGroupCommit));
    private readonly Dictionary<string, SqliteCommand> _statements = new(StringComparer.Ordinal);
    private readonly Task _writer;
    private SqliteConnection? _connection;
    private long _commits;
    private long _pageLimit;
    private long _appliedPageLimit;

    public SqliteGroupCommit(string connectionString, SqliteWriterGate gate)
    {
        _connectionString = connectionString;
        _gate = gate;
        _writer = Task.Run(() => _queue.WriteBatchesAsync(CommitBehindTheGate));
    }

    /// <summary>Transactions committed so far.</summary>
    public long Commits => Interlocked.Read(ref _commits);

    /// <summary>Writes queued or in a batch, not yet answered.</summary>
    public int Pending => _queue.Pending;

    /// <summary>
    /// For tests only: SQLite's max_page_count on the writer connection (null: SQLite's own limit), so that a test can make
    /// the file "full" (SQLITE_FULL, the same failure as a full disk) without filling a disk. 1 means "no more than now".
    /// </summary>
    internal long? PageLimit
    {
        get => Interlocked.Read(ref _pageLimit) is var limit and > 0 ? limit : null;
        set => Interlocked.Exchange(ref _pageLimit, value ?? 0);
    }

    /// <summary>
    /// Queues one statement with its parameters (they move to the writer's command) and answers its buffered result
    /// once the transaction holding it is committed.
    /// </summary>
    public Task<BufferedResult> WriteAsync(string commandText, SqliteParameter[] parameters, CancellationToken cancellationToken) =>
        _queue.Enqueue(commandText, parameters, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (!_queue.Complete())
        {
            return;
        }

        await _writer.ConfigureAwait(false);
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    // The writer takes its turn at the file's writer gate, so the schema installer and any other writer keep out of its way.
    private async Task CommitBehindTheGate(List<QueuedWrite<SqliteParameter>> batch)
    {
        await _gate.EnterAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            Commit(batch);
        }
        finally
        {
            _gate.Leave();
        }
    }

    [SuppressMessage("Design", "CA1031", Justification = "Every failure is handed to the writes it concerns; the writer loop must live on.")]
    private void Commit(List<QueuedWrite<SqliteParameter>> batch)
    {
        var results = new BufferedResult?[batch.Count];
        var failures = new Exception?[batch.Count];
        try
        {
            var connection = Connection();
            LimitPages(connection);
            Execute(connection, "BEGIN IMMEDIATE;");
            for (var i = 0; i < batch.Count; i++)
            {
                Execute(connection, "SAVEPOINT write;");
                try
                {
                    results[i] = Run(connection, batch[i]);
                    Execute(connection, "RELEASE write;");
                }
                catch (SqliteException failure)
                {
                    // SQLite rolls the whole transaction back itself after some errors (a full disk, an I/O error):
                    // then every write of the batch failed, for this reason.
                    if (connection.Handle is { } handle && raw.sqlite3_get_autocommit(handle) != 0)
                    {
                        throw;
                    }

                    failures[i] = failure;
                    Execute(connection, "ROLLBACK TO write;");
                    Execute(connection, "RELEASE write;");
                }
            }

            Execute(connection, "COMMIT;");
        }
        catch (Exception failure)
        {
            Abandon();
            foreach (var write in batch)
            {
                write.Completion.TrySetException(failure);
            }

            return;
        }

        Interlocked.Increment(ref _commits);
        for (var i = 0; i < batch.Count; i++)
        {
            if (failures[i] is { } failure)
            {
                batch[i].Completion.TrySetException(failure);
            }
            else
            {
                batch[i].Completion.TrySetResult(results[i]!);
            }
        }
    }

    private BufferedResult Run(SqliteConnection connection, QueuedWrite<SqliteParameter> write)
    {
        // One prepared command per statement text: Orleans sends the same few texts again and again.
        if (!_statements.TryGetValue(write.CommandText, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = write.CommandText;
            _statements.Add(write.CommandText, command);
        }

        command.Parameters.Clear();
        command.Parameters.AddRange(write.Parameters);
        try
        {
            using var reader = command.ExecuteReader();
            return BufferedResult.Read(reader);
        }
        finally
        {
            command.Parameters.Clear();
        }
    }

    private void Execute(SqliteConnection connection, string statement)
    {
        if (!_statements.TryGetValue(statement, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = statement;
            _statements.Add(statement, command);
        }

        command.ExecuteNonQuery();
    }

    private void LimitPages(SqliteConnection connection)
    {
        var limit = Interlocked.Read(ref _pageLimit);
        if (limit == _appliedPageLimit)
        {
            return;
        }

        using var pragma = connection.CreateCommand();

        // SQLite's largest page count stands for "no limit" (it keeps the file's current size if asked for less).
        pragma.CommandText = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PRAGMA max_page_count = {(limit > 0 ? limit : 4294967294)};");
        pragma.ExecuteNonQuery();
        _appliedPageLimit = limit;
    }

    private SqliteConnection Connection()
    {
        if (_connection is null)
        {
            var connection = new SqliteConnection(_connectionString);
            connection.Open();
            using (var pragmas = connection.CreateCommand())
            {
                pragmas.CommandText = GatedSqliteConnection.Pragmas;
                pragmas.ExecuteNonQuery();
            }

            _connection = connection;
        }

        return _connection;
    }

    // After a failed batch: roll back whatever is open and start the next batch on a fresh connection.
    [SuppressMessage("Design", "CA1031", Justification = "Best effort: the connection is dropped either way.")]
    private void Abandon()
    {
        if (_connection is null)
        {
            return;
        }

        try
        {
            if (_connection.Handle is { } handle && raw.sqlite3_get_autocommit(handle) == 0)
            {
                using var rollback = _connection.CreateCommand();
                rollback.CommandText = "ROLLBACK;";
                rollback.ExecuteNonQuery();
            }
        }
        catch (Exception)
        {
            // The connection is closed below, which rolls back anything still open.
        }

        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }

        _statements.Clear();
        _connection.Dispose();
        _connection = null;
        _appliedPageLimit = 0;
    }
}
