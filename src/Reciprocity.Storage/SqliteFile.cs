using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Reciprocity.Storage;

/// <summary>
/// The SQLite file and its one writer at a time. Everything that writes — the group commit, the schema installer, the
/// clean-up after a deletion — opens its connection here and enters the gate by calling <see cref="EnterWriterAsync"/>;
/// reads go through the plain data source beside it (WAL lets them run beside the writer).
/// </summary>
internal sealed class SqliteFile(string connectionString)
{
    // synchronous=FULL: in WAL mode every commit waits for the WAL's fsync, so nothing acknowledged is lost,
    // even on power loss (NORMAL would survive a process crash but could lose the last commits on power loss).
    // busy_timeout: only a safety net for another process on the file; in-process writers queue on the gate.
    // secure_delete: deleted and overwritten content is zeroed in the file, so a person's deleted words are not left in
    // free space (the WAL is truncated after each deletion, see StorageErasure).
    // None of these fits in a connection string or persists in the file: each writer connection sets them when opened.
    internal const string WriterPragmas = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA secure_delete = ON;";

    // Keyed by the file's full path (StorageSettings makes it absolute), so two hosts in one process (tests) share it.
    private readonly SqliteWriterGate _gate = SqliteWriterGate.For(new SqliteConnectionStringBuilder(connectionString).DataSource);

    public string ConnectionString => connectionString;

    /// <summary>Waits for the file's writer gate; the caller leaves it by disposing the answer.</summary>
    public async Task<IDisposable> EnterWriterAsync(CancellationToken cancellationToken)
    {
        await _gate.EnterAsync(cancellationToken).ConfigureAwait(false);
        return new Turn(_gate);
    }

    /// <summary>Opens a connection for writing, with the writer PRAGMAs set (the gate is the caller's to enter).</summary>
    public SqliteConnection OpenWriter()
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            using var pragmas = connection.CreateCommand();
            pragmas.CommandText = WriterPragmas;
            pragmas.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Copies the WAL into the file and truncates it to nothing, between writes; false when a reader kept it from
    /// finishing (it is tried again after the next deletion, and SQLite checkpoints by itself as the WAL grows).
    /// </summary>
    public async Task<bool> TruncateWalAsync(CancellationToken cancellationToken)
    {
        using var turn = await EnterWriterAsync(cancellationToken).ConfigureAwait(false);
        using var connection = OpenWriter();
        using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";

        // Its first column is 1 when the checkpoint could not complete.
        return Convert.ToInt64(checkpoint.ExecuteScalar(), CultureInfo.InvariantCulture) == 0;
    }

    /// <summary>
    /// Rebuilds the file from its live rows (VACUUM): every page is written anew, so no free page and no free space
    /// inside a page keeps a byte of a deleted row, whatever secure_delete missed. Writers wait at the gate meanwhile;
    /// readers go on. The rebuilt pages pass through the WAL, which <see cref="TruncateWalAsync"/> then empties.
    /// </summary>
    public async Task VacuumAsync(CancellationToken cancellationToken)
    {
        using var turn = await EnterWriterAsync(cancellationToken).ConfigureAwait(false);
        using var connection = OpenWriter();
        using var vacuum = connection.CreateCommand();
        vacuum.CommandText = "VACUUM;";
        vacuum.ExecuteNonQuery();
    }

    private sealed class Turn(SqliteWriterGate gate) : IDisposable
    {
        private int _left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0)
            {
                gate.Leave();
            }
        }
    }
}
