using System.Data;
using System.Data.Common;
using System.Globalization;

namespace Reciprocity.Storage;

/// <summary>
/// The two statements a group commit runs, chosen by a write's <see cref="GrainRowChange"/>: Orleans' own query rows
/// <c>WriteToStorageKey</c> and <c>ClearStorageKey</c>, loaded from OrleansQuery by key (the same rows the provider
/// loads), with the parameters the provider binds to them, typed. Nothing here looks inside a statement's text.
/// </summary>
internal sealed class GrainRowStatements
{
    public const string WriteKey = "WriteToStorageKey";
    public const string ClearKey = "ClearStorageKey";

    private GrainRowStatements(string write, string clear)
    {
        Write = write;
        Clear = clear;
    }

    public string Write { get; }

    public string Clear { get; }

    /// <summary>The parameters of one write, named as the provider names them.</summary>
    public static IEnumerable<(string Name, DbType Type, object Value)> Parameters(GrainRowWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var key = write.Key;
        yield return ("GrainIdHash", DbType.Int32, key.IdHash);
        yield return ("GrainIdN0", DbType.Int64, key.N0);
        yield return ("GrainIdN1", DbType.Int64, key.N1);
        yield return ("GrainTypeHash", DbType.Int32, key.TypeHash);
        yield return ("GrainTypeString", DbType.String, (object?)key.GrainType ?? DBNull.Value);
        yield return ("GrainIdExtensionString", DbType.String, (object?)key.Extension ?? DBNull.Value);
        yield return ("ServiceId", DbType.String, (object?)key.ServiceId ?? DBNull.Value);
        yield return ("GrainStateVersion", DbType.Int32, (object?)write.ExpectedVersion ?? DBNull.Value);
        if (write.Change == GrainRowChange.Store)
        {
            yield return ("PayloadBinary", DbType.Binary, write.Payload ?? throw new ArgumentException("A stored write carries a payload.", nameof(write)));
        }
    }

    /// <summary>The statement for a write.</summary>
    public string For(GrainRowChange change) => change == GrainRowChange.Store ? Write : Clear;

    /// <summary>
    /// Reads a statement's answer as the provider does: a write answers NewGrainStateVersion, a clear the new version in
    /// its first column; no row, or no version, is a conflict.
    /// </summary>
    public static async Task<WriteOutcome> ReadOutcomeAsync(DbDataReader reader, GrainRowChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return WriteOutcome.Conflict;
        }

        var column = change == GrainRowChange.Store ? reader.GetOrdinal("NewGrainStateVersion") : 0;
        return reader.IsDBNull(column)
            ? WriteOutcome.Conflict
            : new WriteOutcome(Convert.ToInt32(reader.GetValue(column), CultureInfo.InvariantCulture));
    }

    /// <summary>Loads both statements by key from OrleansQuery on an open connection.</summary>
    public static async Task<GrainRowStatements> LoadAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return new GrainRowStatements(
            await LoadAsync(connection, WriteKey, cancellationToken).ConfigureAwait(false),
            await LoadAsync(connection, ClearKey, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<string> LoadAsync(DbConnection connection, string key, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = "SELECT QueryText FROM OrleansQuery WHERE QueryKey = @key;";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "key";
            parameter.DbType = DbType.String;
            parameter.Value = key;
            command.Parameters.Add(parameter);
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string
                ?? throw new InvalidOperationException($"The query row '{key}' is missing from OrleansQuery; the schema is not installed.");
        }
    }
}
