using System.Data;
using System.Data.Common;
using Npgsql;

namespace Reciprocity.Host.Storage;

/// <summary>
/// A PostgreSQL command that hands a grain write — Orleans' <c>WriteToStorageKey</c> statement, outside any transaction —
/// to the database's group commit; its answer arrives after the commit that holds it. Everything else (reads, clears,
/// clustering, the schema script) runs here as on a plain Npgsql command.
/// </summary>
internal sealed class PostgresGroupCommitCommand(PostgresGroupCommit groupCommit) : NpgsqlCommand
{
    // The start of the write statement in Sql/postgres.sql; no other statement the host runs begins this way.
    private const string GrainWrite = "INSERT INTO ReciprocityGrainState";

    protected override async Task<DbDataReader> ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken)
    {
        if (Transaction is null && IsGrainWrite(CommandText))
        {
            var result = await groupCommit.WriteAsync(CommandText, Parameters.ToArray(), cancellationToken).ConfigureAwait(false);
            return result.Reader();
        }

        return await base.ExecuteDbDataReaderAsync(behavior, cancellationToken).ConfigureAwait(false);
    }

    internal static bool IsGrainWrite(string? commandText) =>
        commandText.AsSpan().TrimStart().StartsWith(GrainWrite, StringComparison.OrdinalIgnoreCase);
}
