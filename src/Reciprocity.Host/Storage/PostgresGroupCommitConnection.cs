using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Npgsql;

namespace Reciprocity.Host.Storage;

/// <summary>
/// An open Npgsql connection whose commands send grain writes to the group commit (<see cref="PostgresGroupCommitCommand"/>).
/// A wrapper, because <see cref="NpgsqlConnection"/> is sealed; everything else goes straight to the connection inside.
/// </summary>
internal sealed class PostgresGroupCommitConnection(NpgsqlConnection connection, PostgresGroupCommit groupCommit) : DbConnection
{
    [AllowNull]
    public override string ConnectionString
    {
        get => connection.ConnectionString;
        set => connection.ConnectionString = value;
    }

    public override string Database => connection.Database;

    public override string DataSource => connection.DataSource;

    public override string ServerVersion => connection.ServerVersion;

    public override ConnectionState State => connection.State;

    public override void ChangeDatabase(string databaseName) => connection.ChangeDatabase(databaseName);

    public override void Open() => connection.Open();

    public override Task OpenAsync(CancellationToken cancellationToken) => connection.OpenAsync(cancellationToken);

    public override void Close() => connection.Close();

    public override Task CloseAsync() => connection.CloseAsync();

    public override async ValueTask DisposeAsync()
    {
        await connection.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) => connection.BeginTransaction(isolationLevel);

    protected override async ValueTask<DbTransaction> BeginDbTransactionAsync(IsolationLevel isolationLevel, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(isolationLevel, cancellationToken).ConfigureAwait(false);

    protected override DbCommand CreateDbCommand() => new PostgresGroupCommitCommand(groupCommit) { Connection = connection };

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            connection.Dispose();
        }

        base.Dispose(disposing);
    }
}
