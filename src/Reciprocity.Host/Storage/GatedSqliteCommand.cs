using System.Data;
using Microsoft.Data.Sqlite;

namespace Reciprocity.Host.Storage;

/// <summary>
/// A command that enters its connection's writer gate before anything but a plain SELECT runs.
/// Every statement that reaches it is the host's own (schema script and OrleansQuery rows), so the first
/// keyword tells reads from writes; WAL lets the reads run beside the one writer.
/// </summary>
internal sealed class GatedSqliteCommand : SqliteCommand
{
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
