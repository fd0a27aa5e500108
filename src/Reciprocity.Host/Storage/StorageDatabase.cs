using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Reciprocity.Host.Storage;

/// <summary>
/// The one database connection source of this host, shared by grain storage, clustering, the schema installer
/// and the health check. It owns its data source: Orleans does not dispose the ones it is given.
/// </summary>
internal sealed class StorageDatabase : IAsyncDisposable, IDisposable
{
    /// <summary>Orleans' invariant for SQLite; Orleans 10 maps it to Microsoft.Data.Sqlite's factory.</summary>
    public const string SqliteInvariant = "System.Data.SQLite";

    public const string PostgresInvariant = "Npgsql";

    private StorageDatabase(StorageProvider provider, DbDataSource dataSource, string description)
    {
        Provider = provider;
        DataSource = dataSource;
        Description = description;
    }

    public StorageProvider Provider { get; }

    public DbDataSource DataSource { get; }

    public string Invariant => Provider == StorageProvider.Sqlite ? SqliteInvariant : PostgresInvariant;

    /// <summary>Where the data lives, without credentials.</summary>
    public string Description { get; }

    public static StorageDatabase Open(StorageSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        DbDataSource dataSource = settings.Provider == StorageProvider.Sqlite
            ? new GatedSqliteDataSource(settings.ConnectionString, new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource)
            : new PostgresGroupCommitDataSource(settings.ConnectionString);
        return new StorageDatabase(settings.Provider, dataSource, settings.Description);
    }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();

    public void Dispose() => DataSource.Dispose();
}
