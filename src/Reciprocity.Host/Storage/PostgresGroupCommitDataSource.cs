using System.Data.Common;
using Npgsql;

namespace Reciprocity.Host.Storage;

/// <summary>
/// The data source Orleans opens every PostgreSQL connection from (grain storage and clustering): Npgsql's own pool,
/// with group commit for the grain writes (<see cref="PostgresGroupCommit"/>) on one writer connection of its own.
/// </summary>
internal sealed class PostgresGroupCommitDataSource(string connectionString) : DbDataSource
{
    private readonly NpgsqlDataSource _connections = NpgsqlDataSource.Create(connectionString);
    private readonly PostgresGroupCommit _groupCommit = new(connectionString);

    public override string ConnectionString => _connections.ConnectionString;

    public PostgresGroupCommit GroupCommit => _groupCommit;

    // Orleans checks that this gives an NpgsqlConnection (sealed, so no wrapper passes) and opens every connection it uses
    // through OpenConnectionAsync below. A connection made here and opened by hand runs its writes on its own, as before.
    protected override DbConnection CreateDbConnection() => _connections.CreateConnection();

    protected override DbConnection OpenDbConnection() => new PostgresGroupCommitConnection(_connections.OpenConnection(), _groupCommit);

    protected override async ValueTask<DbConnection> OpenDbConnectionAsync(CancellationToken cancellationToken) =>
        new PostgresGroupCommitConnection(await _connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false), _groupCommit);

    // A command of its own connection (VACUUM after a deletion): never a grain write.
    protected override DbCommand CreateDbCommand(string? commandText = null) => _connections.CreateCommand(commandText);

    protected override async ValueTask DisposeAsyncCore()
    {
        await _groupCommit.DisposeAsync().ConfigureAwait(false);
        await _connections.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsyncCore().ConfigureAwait(false);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _groupCommit.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _connections.Dispose();
        }

        base.Dispose(disposing);
    }
}
