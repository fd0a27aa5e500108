using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Reciprocity.Host.Storage;

/// <summary>
/// A command that enters its connection's writer gate before anything but a plain SELECT runs.
/// Every statement that reaches it is the host's own (schema script and OrleansQuery rows), so the first
/// keyword tells reads from writes; WAL lets the reads run beside the one writer.
/// </summary>
internal sealed class GatedSqliteCommand : SqliteCommand
{
    // A single statement outside any transaction — every grain write Orleans makes — joins the file's group commit:
    // its answer arrives after the commit that holds it. Everything else (the schema script, reads) runs here.
    protected override async Task<DbDataReader> ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken)
    {
        if (Transaction is null && IsWrite(CommandText) && Connection is GatedSqliteConnection { GroupCommit: { } groupCommit })
        {
            var parameters = Parameters.Cast<SqliteParameter>().ToArray();
            Parameters.Clear();
            var result = await groupCommit.WriteAsync(CommandText, parameters, cancellationToken).ConfigureAwait(false);
            return result.Reader();
        }

        return await ExecuteReaderAsync(behavior, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<SqliteDataReader> ExecuteReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken)
    {
        await EnterGateIfWriteAsync(cancellationToken).ConfigureAwait(false);
        return await base.ExecuteReaderAsync(behavior, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken)
    {
        await EnterGateIfWriteAsync(cancellationToken).ConfigureAwait(false);
        return await base.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task<object?> ExecuteScalarAsync(CancellationToken cancellationToken)
    {
        await EnterGateIfWriteAsync(cancellationToken).ConfigureAwait(false);
        return await base.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    public override SqliteDataReader ExecuteReader(CommandBehavior behavior)
    {
        // The async paths above entered already; this only blocks for a synchronous caller.
        if (IsWrite(CommandText) && Connection is GatedSqliteConnection connection)
        {
            connection.EnterWriterGate();
        }

        return base.ExecuteReader(behavior);
    }

    internal static bool IsWrite(string? commandText) =>
        !commandText.AsSpan().TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase);

    private ValueTask EnterGateIfWriteAsync(CancellationToken cancellationToken) =>
        IsWrite(CommandText) && Connection is GatedSqliteConnection connection
            ? connection.EnterWriterGateAsync(cancellationToken)
            : ValueTask.CompletedTask;
}
