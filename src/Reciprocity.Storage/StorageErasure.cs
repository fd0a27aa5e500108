using Reciprocity.Grains.Storage;

namespace Reciprocity.Storage;

/// <summary>
/// After a deletion (a leave, a removal, a person deleting everything), makes the database let go of the deleted
/// words: SQLite (run with secure_delete) is rebuilt from its live rows (VACUUM), so no free page and no free space inside
/// a page keeps a fragment, then its WAL is checkpointed and truncated; PostgreSQL vacuums the grain state table so the
/// dead row versions are gone. The grains delete; the silo, which owns the database, does this afterwards (<see cref="ErasureGrain"/>).
/// Deletions asked while one runs share the next run: however many leave at once, at most two runs follow.
/// </summary>
internal sealed partial class StorageErasure(StorageDatabase database, TimeProvider time, ILogger<StorageErasure> logger) : IStorageErasure, IDisposable
{
    private const int Attempts = 3;
    private static readonly TimeSpan BetweenAttempts = TimeSpan.FromMilliseconds(100);

    // One at a time: a second deletion meanwhile is covered by the next run.
    private readonly SemaphoreSlim _running = new(1, 1);

    // How many erasures were asked, and how many of those a finished run began after: a run covers every ask before it began.
    private long _asked;
    private long _covered;

    /// <summary>Runs after the grains finished deleting; a failure is logged, never answered to the person.</summary>
    public async Task AfterDeletion(CancellationToken cancellationToken = default)
    {
        var mine = Interlocked.Increment(ref _asked);
        await _running.WaitAsync(cancellationToken);
        try
        {
            if (Volatile.Read(ref _covered) >= mine)
            {
                // A run that began after this deletion was asked has finished: it erased this one's words too.
                return;
            }

            var covers = Volatile.Read(ref _asked);
            if (database.Sqlite is { } sqlite)
            {
                await Vacuum(sqlite, cancellationToken);
                await TruncateWal(sqlite, cancellationToken);
            }
            else
            {
                // VACUUM cannot run inside a transaction: one command of its own.
                await using var vacuum = database.DataSource.CreateCommand("VACUUM reciprocitygrainstate;");
                await vacuum.ExecuteNonQueryAsync(cancellationToken);
            }

            Volatile.Write(ref _covered, covers);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Failed(logger, e);
        }
        finally
        {
            _running.Release();
        }
    }

    public void Dispose() => _running.Dispose();

    // A rebuild that cannot run (the disk or the size limit is full: it needs room for a copy) still lets the WAL go.
    private async Task Vacuum(SqliteFile sqlite, CancellationToken cancellationToken)
    {
        try
        {
            await sqlite.VacuumAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            NotRebuilt(logger, e);
        }
    }

    private async Task TruncateWal(SqliteFile sqlite, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            if (await sqlite.TruncateWalAsync(cancellationToken))
            {
                return;
            }

            await Task.Delay(BetweenAttempts, time, cancellationToken);
        }

        Busy(logger, Attempts);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not clean up the database after a deletion; the deleted rows are unreadable, their bytes go at the next clean-up.")]
    private static partial void Failed(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not rebuild the database after a deletion (VACUUM needs free space of about its size); deleted rows are zeroed, and fragments in free space go at the next erasure that can rebuild it.")]
    private static partial void NotRebuilt(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Readers kept the WAL checkpoint after a deletion from finishing {Attempts} times; it is truncated after the next deletion.")]
    private static partial void Busy(ILogger logger, int attempts);
}
