using System.Diagnostics.CodeAnalysis;
using Npgsql;

namespace Reciprocity.Storage;

/// <summary>
/// Group commit for PostgreSQL: typed grain writes queue here, and one writer connection sends everything waiting as one
/// batch — <c>BEGIN</c>, the writes, <c>COMMIT</c> — in one round trip. A write's task completes only after that COMMIT's
/// answer was read, which with <c>synchronous_commit = on</c> means after the WAL flush: the same promise as one
/// transaction per write, at a fraction of the statements, round trips and commits. A statement that fails aborts the
/// transaction; it fails alone and the rest of its batch runs again in a new one. A COMMIT that fails, or a connection
/// lost before its answer, faults every write of its batch.
/// </summary>
internal sealed class PostgresGroupCommit : GroupCommit
{
    // Enough to empty the queue of a busy host in one go, small enough that one batch never holds its row locks long.
    private const int MaxBatch = 256;

    private readonly NpgsqlDataSource _writerSource;
    private NpgsqlConnection? _connection;
    private GrainRowStatements? _statements;

    public PostgresGroupCommit(string connectionString, StorageTestHooks? hooks = null)
        : base(MaxBatch, hooks)
    {
        // The writer sends the same statement all day: prepared once on its connection, PostgreSQL skips parse and plan.
        var writer = new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 8, AutoPrepareMinUsages = 2 };
        _writerSource = NpgsqlDataSource.Create(writer);
        StartWriter();
    }

    protected override async ValueTask CloseWriterAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }

        await _writerSource.DisposeAsync().ConfigureAwait(false);
    }

    [SuppressMessage("Design", "CA1031", Justification = "Every failure is handed to the writes it concerns; the writer loop must live on.")]
    protected override async Task CommitAsync(List<QueuedWrite> batch)
    {
        // A failing statement aborts the whole transaction: it is answered with its failure and taken out, and the others
        // run again in a new transaction. Failures are rare (a version conflict is an answer, not a failure), so this is
        // cheaper than a savepoint around every statement, which would double the statements of every batch.
        var writes = batch;
        while (writes.Count > 0)
        {
            var outcomes = new WriteOutcome[writes.Count];
            int failed;
            try
            {
                failed = await RunAsync(writes, outcomes).ConfigureAwait(false);
            }
            catch (Exception failure)
            {
                await AbandonAsync().ConfigureAwait(false);
                Fail(writes, failure);
                return;
            }

            if (failed < 0)
            {
                Acknowledge(writes, outcomes);
                return;
            }

            writes = [.. writes.Where((_, i) => i != failed)];
        }
    }

    /// <summary>
    /// Runs the writes in one transaction and one round trip. Answers -1 once committed, or the index of the write whose
    /// statement failed (already answered with its failure; the transaction is rolled back). Throws for anything else:
    /// a failed COMMIT, a lost connection.
    /// </summary>
    private async Task<int> RunAsync(List<QueuedWrite> writes, WriteOutcome[] outcomes)
    {
        var connection = await ConnectionAsync().ConfigureAwait(false);
        var statements = _statements ??= await GrainRowStatements.LoadAsync(connection, CancellationToken.None).ConfigureAwait(false);
        var batch = new NpgsqlBatch(connection);
        await using (batch.ConfigureAwait(false))
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand("BEGIN"));
            foreach (var write in writes)
            {
                batch.BatchCommands.Add(Command(statements, write.Row));
            }

            batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
            await BeforeCommitAsync().ConfigureAwait(false);

            // The write whose answer is being read: PostgreSQL reports a statement's failure in place of its answer.
            var current = 0;
            try
            {
                var reader = await batch.ExecuteReaderAsync().ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    // Npgsql passes over statements that answer no rows (BEGIN, COMMIT): each result set is one write's.
                    for (; current < writes.Count; current++)
                    {
                        if (current > 0 && !await reader.NextResultAsync().ConfigureAwait(false))
                        {
                            throw new InvalidOperationException("A grain write answered no result set.");
                        }

                        outcomes[current] = await GrainRowStatements.ReadOutcomeAsync(reader, writes[current].Row.Change, CancellationToken.None).ConfigureAwait(false);
                    }

                    // Consumes the COMMIT's answer: its failure surfaces here, before any write is answered.
                    while (await reader.NextResultAsync().ConfigureAwait(false))
                    {
                    }
                }
            }
            catch (PostgresException failure) when (current < writes.Count)
            {
                var rollback = new NpgsqlCommand("ROLLBACK", connection);
                await using (rollback.ConfigureAwait(false))
                {
                    await rollback.ExecuteNonQueryAsync().ConfigureAwait(false);
                }

                writes[current].Completion.TrySetException(failure);
                return current;
            }
        }

        return -1;
    }

    private async Task<NpgsqlConnection> ConnectionAsync() =>
        _connection ??= await _writerSource.OpenConnectionAsync().ConfigureAwait(false);

    // After a failed batch: whatever is open on the connection is dropped with it; the next batch opens a fresh one.
    [SuppressMessage("Design", "CA1031", Justification = "Best effort: the connection is dropped either way.")]
    private async Task AbandonAsync()
    {
        if (_connection is null)
        {
            return;
        }

        try
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception)
        {
            // A broken connection may fail to close cleanly; it is not used again.
        }

        _connection = null;
    }

    // Fresh parameters for every batch: a write may be sent again after its batch failed.
    private static NpgsqlBatchCommand Command(GrainRowStatements statements, GrainRowWrite write)
    {
        var command = new NpgsqlBatchCommand(statements.For(write.Change));
        foreach (var (name, type, value) in GrainRowStatements.Parameters(write))
        {
            command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value });
        }

        return command;
    }
}
