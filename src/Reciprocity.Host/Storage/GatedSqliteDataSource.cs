using System.Data.Common;

namespace Reciprocity.Host.Storage;

/// <summary>
/// The data source Orleans' ADO.NET grain storage opens every SQLite connection from
/// (<c>AdoNetGrainStorageOptions.DataSource</c>): durability PRAGMAs on each open and one writer at a time.
/// Connections stay pooled by Microsoft.Data.Sqlite; opening one per operation is cheap.
/// </summary>
internal sealed class GatedSqliteDataSource(string connectionString, string fullPath) : DbDataSource
{
    // Keyed by the file's full path (StorageSettings makes it absolute), so every data source on one file shares it.
    private readonly SqliteWriterGate _gate = SqliteWriterGate.For(fullPath);

    public override string ConnectionString => connectionString;

    public new GatedSqliteConnection CreateConnection() => new(connectionString, _gate);

    protected override DbConnection CreateDbConnection() => CreateConnection();
}
