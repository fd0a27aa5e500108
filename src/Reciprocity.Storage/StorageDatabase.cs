using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Reciprocity.Storage;

/// <summary>
/// The silo's database: a plain data source for reads, clustering, the schema installer and the health check, and the
/// group commit every grain write goes through. It owns both: Orleans does not dispose the data source it is given.
/// </summary>
internal sealed class StorageDatabase : IAsyncDisposable
{
    /// <summary>Orleans' invariant for SQLite; Orleans 10 maps it to Microsoft.Data.Sqlite's factory.</summary>
    public const string SqliteInvariant = "System.Data.SQLite";

    public const string PostgresInvariant = "Npgsql";

    private StorageDatabase(StorageProvider provider, DbDataSource dataSource, IGroupCommit groupCommit, SqliteFile? sqlite, string description)
    {
        Provider = provider;
        DataSource = dataSource;
        GroupCommit = groupCommit;
        Sqlite = sqlite;
        Description = description;
    }

    public StorageProvider Provider { get; }

    /// <summary>Plain connections of the engine's own driver: nothing written through them is batched or gated.</summary>
    public DbDataSource DataSource { get; }

    /// <summary>Where grain writes and clears go (<see cref="GroupCommitGrainStorage"/>).</summary>
    public IGroupCommit GroupCommit { get; }

    /// <summary>The SQLite file and its writer gate; null on PostgreSQL.</summary>
    public SqliteFile? Sqlite { get; }

    public string Invariant => Provider == StorageProvider.Sqlite ? SqliteInvariant : PostgresInvariant;

    /// <summary>Where the data lives, without credentials.</summary>
    public string Description { get; }

    public static StorageDatabase Open(StorageSettings settings, StorageTestHooks? hooks = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Provider == StorageProvider.Sqlite)
        {
            var file = new SqliteFile(settings.ConnectionString);
            return new StorageDatabase(
                settings.Provider, SqliteFactory.Instance.CreateDataSource(settings.ConnectionString), new SqliteGroupCommit(file, hooks), file, settings.Description);
        }

        return new StorageDatabase(
            settings.Provider, NpgsqlDataSource.Create(settings.ConnectionString), new PostgresGroupCommit(settings.ConnectionString, hooks), null, settings.Description);
    }

    public async ValueTask DisposeAsync()
    {
        await GroupCommit.DisposeAsync().ConfigureAwait(false);
        await DataSource.DisposeAsync().ConfigureAwait(false);
    }
}
