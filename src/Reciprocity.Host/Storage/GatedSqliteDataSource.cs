using System.Data.Common;

namespace Reciprocity.Host.Storage;

/// <summary>
/// The data source Orleans' ADO.NET grain storage opens every SQLite connection from
/// (<c>AdoNetGrainStorageOptions.DataSource</c>): durability PRAGMAs on each physical connection, one writer at a
/// time, and group commit for the grain writes (<see cref="SqliteGroupCommit"/>). Connections stay pooled by
/// Microsoft.Data.Sqlite; opening one per operation is cheap.
/// </summary>
internal sealed class GatedSqliteDataSource(string connectionString, string fullPath) : DbDataSource
{
    // Keyed by the file's full path (StorageSettings makes it absolute), so every data source on one file shares it.
    private readonly SqliteWriterGate _gate = SqliteWriterGate.For(fullPath);

    // One writer connection per data source, taking its turn at the same gate as every other writer on the file.
    private readonly SqliteGroupCommit _groupCommit = new(connectionString, SqliteWriterGate.For(fullPath));

    public override string ConnectionString => connectionString;

    public SqliteGroupCommit GroupCommit => _groupCommit;

    /// <summary>
    /// Copies the WAL into the file and truncates it to nothing, between writes; false when a reader kept it from
    /// finishing (it is tried again after the next deletion, and SQLite checkpoints by itself as the WAL grows).
    /// </summary>
    public async Task<bool> TruncateWalAsync(CancellationToken cancellationToken)
    {
        await using var connection = new GatedSqliteConnection(connectionString, _gate);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.EnterWriterGateAsync(cancellationToken).ConfigureAwait(false);
        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";

        // Its first column is 1 when the checkpoint could not complete.
        return Convert.ToInt64(await checkpoint.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == 0;
    }

    /// <summary>
    /// Rebuilds the file from its live rows (VACUUM): every page is written anew, so no free page and no free space
    /// inside a page keeps a byte of a deleted row, whatever secure_delete missed. Writers wait at the gate meanwhile;
    /// readers go on. The rebuilt pages pass through the WAL, which <see cref="TruncateWalAsync"/> then empties.
    /// </summary>
    public async Task VacuumAsync(CancellationToken cancellationToken)
    {
        await using var connection = new GatedSqliteConnection(connectionString, _gate);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.EnterWriterGateAsync(cancellationToken).ConfigureAwait(false);
        await using var vacuum = connection.CreateCommand();
        vacuum.CommandText = "VACUUM;";
        await vacuum.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public new GatedSqliteConnection CreateConnection() => new(connectionString, _gate, _groupCommit);

    protected override DbConnection CreateDbConnection() => CreateConnection();

    protected override async ValueTask DisposeAsyncCore()
    {
        await _groupCommit.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsyncCore().ConfigureAwait(false);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _groupCommit.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        base.Dispose(disposing);
    }
}
