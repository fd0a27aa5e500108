namespace Reciprocity.Storage;

/// <summary>The database behind grain state (and, for PostgreSQL, cluster membership).</summary>
internal enum StorageProvider
{
    /// <summary>A SQLite file: one host, localhost clustering.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database shared by every host of one Orleans cluster.</summary>
    Postgres,
}
