using System.Collections.Concurrent;

namespace Reciprocity.Storage;

/// <summary>
/// Lets one writer at a time into a SQLite file, waiting asynchronously. SQLite allows one writer anyway;
/// queueing here means no thread-pool thread ever sleeps in Microsoft.Data.Sqlite's busy-retry loop.
/// Writers enter it by calling it (<see cref="SqliteFile.EnterWriterAsync"/>); nothing decides by looking at a statement.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "A gate lives as long as the process; nothing would dispose it.")]
internal sealed class SqliteWriterGate
{
    // One gate per file for the whole process, so two hosts in one process (tests) still queue on it.
    private static readonly ConcurrentDictionary<string, SqliteWriterGate> Gates = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim _writer = new(1, 1);

    private SqliteWriterGate()
    {
    }

    public static SqliteWriterGate For(string fullPath) => Gates.GetOrAdd(fullPath, _ => new SqliteWriterGate());

    public Task EnterAsync(CancellationToken cancellationToken) => _writer.WaitAsync(cancellationToken);

    public void Leave() => _writer.Release();
}
