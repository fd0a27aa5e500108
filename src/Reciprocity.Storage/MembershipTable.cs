using Npgsql;

namespace Reciprocity.Storage;

/// <summary>A front end's only database object: a plain data source for Orleans' membership table, disposed with the client.</summary>
internal sealed class MembershipTable(NpgsqlDataSource dataSource) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource => dataSource;

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
