using Reciprocity.Grains.Storage;

namespace Reciprocity.Host.Storage;

/// <summary>
/// After a deletion (a leave, a removal, a person deleting everything), makes the database let go of the deleted
/// words: SQLite (run with secure_delete) checkpoints and truncates its WAL; PostgreSQL vacuums the grain state table so
/// the dead row versions are gone. The grains delete; the silo, which owns the database, does this afterwards (<see cref="ErasureGrain"/>).
/// </summary>
internal sealed partial class StorageErasure(StorageDatabase database, TimeProvider time, ILogger<StorageErasure> logger) : IStorageErasure, IDisposable
{
    private const int Attempts = 3;
    private static readonly TimeSpan BetweenAttempts = TimeSpan.FromMilliseconds(100);

    // One at a time: a second deletion meanwhile is covered by the next run.
    private readonly SemaphoreSlim _running = new(1, 1);

    /// <summary>Runs after the grains finished deleting; a failure is logged, never answered to the person.</summary>
    public async Task AfterDeletion(CancellationToken cancellationToken = default)
    {
        await _running.WaitAsync(cancellationToken);
        try
        {
            if (database.DataSource is GatedSqliteDataSource sqlite)
            {
                await TruncateWal(sqlite, cancellationToken);
            }
            else
            {
                // VACUUM cannot run inside a transaction: one command of its own.
                await using var vacuum = database.DataSource.CreateCommand("VACUUM reciprocitygrainstate;");
                await vacuum.ExecuteNonQueryAsync(cancellationToken);
            }
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

    private async Task TruncateWal(GatedSqliteDataSource sqlite, CancellationToken cancellationToken)
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Readers kept the WAL checkpoint after a deletion from finishing {Attempts} times; it is truncated after the next deletion.")]
    private static partial void Busy(ILogger logger, int attempts);
}
