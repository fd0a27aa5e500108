namespace Reciprocity.Storage;

/// <summary>The storage layer's log lines: where the data lives, never a connection string or grain state.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Grain storage '{Name}' on {Provider} at {Database}.")]
    public static partial void Configured(ILogger logger, string name, StorageProvider provider, string database);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Storage schema ready on {Provider} at {Database} in {ElapsedMs} ms.")]
    public static partial void SchemaReady(ILogger logger, StorageProvider provider, string database, long elapsedMs);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "The database at {Database} is not reachable yet ({Reason}); retrying.")]
    public static partial void DatabaseNotReady(ILogger logger, string database, string reason);
}
