using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Reciprocity.Host.Storage;

/// <summary>
/// A SQLite connection that sets the durability PRAGMAs once per physical connection and holds the file's
/// writer gate from its first write until it closes. A subclass, because Orleans checks that the data source's
/// connections are <see cref="SqliteConnection"/>s.
/// </summary>
internal sealed class GatedSqliteConnection(string connectionString, SqliteWriterGate gate, SqliteGroupCommit? groupCommit = null)
    : SqliteConnection(connectionString)
{
    // synchronous=FULL: in WAL mode every commit waits for the WAL's fsync, so nothing acknowledged is lost,
    // even on power loss (NORMAL would survive a process crash but could lose the last commits on power loss).
    // busy_timeout: only a safety net for another process on the file; in-process writers queue on the gate.
    // secure_delete: deleted and overwritten content is zeroed in the file, so a person's deleted words are not left in
    // free space (the WAL is truncated after each deletion, see StorageErasure).
    // None of these PRAGMAs persists in the file or fits in a connection string, but each lasts as long as the physical
    // connection, which Microsoft.Data.Sqlite's pool keeps across opens: set them once per physical connection.
    internal const string Pragmas = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA secure_delete = ON;";

    // The physical connections (native handles) whose PRAGMAs are set; an entry goes when its handle is collected.
    private static readonly ConditionalWeakTable<sqlite3, object> Prepared = [];

    private bool _holdsGate;

    public override void Open()
    {
        if (State == System.Data.ConnectionState.Open)
        {
            return;
        }

        base.Open();
        if (Handle is { } handle && !Prepared.TryGetValue(handle, out _))
        {
            using var pragmas = new SqliteCommand(Pragmas, this);
            pragmas.ExecuteNonQuery();
            Prepared.TryAdd(handle, Pragmas);
        }
    }

    /// <summary>Where single-statement writes outside a transaction go, when this file has group commit.</summary>
    public SqliteGroupCommit? GroupCommit => groupCommit;

    public override SqliteCommand CreateCommand() =>
        new GatedSqliteCommand { Connection = this, CommandTimeout = DefaultTimeout, Transaction = Transaction };

    /// <summary>Waits for the writer gate unless this connection already holds it.</summary>
    public async ValueTask EnterWriterGateAsync(CancellationToken cancellationToken)
    {
        if (!_holdsGate)
        {
            await gate.EnterAsync(cancellationToken).ConfigureAwait(false);
            _holdsGate = true;
        }
    }

    /// <summary>The blocking variant, for synchronous ADO.NET calls that nothing in the host makes.</summary>
    public void EnterWriterGate()
    {
        if (!_holdsGate)
        {
            gate.Enter();
            _holdsGate = true;
        }
    }

    public override void Close()
    {
        try
        {
            base.Close();
        }
        finally
        {
            // After the close: any transaction is over and the write lock is SQLite's to give to the next writer.
            if (_holdsGate)
            {
                _holdsGate = false;
                gate.Leave();
            }
        }
    }
}
