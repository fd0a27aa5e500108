namespace Reciprocity.Storage;

/// <summary>
/// What SQLite's and PostgreSQL's group commits share: the queue writes wait in, the one writer that takes them a batch
/// at a time, the count of commits, the test hook before a COMMIT, and the two ways a write is answered — with its
/// outcome once the COMMIT that holds it returned (<see cref="Acknowledge"/>), or with the failure that ended its batch
/// (<see cref="Fail"/>). An engine supplies only how one batch is committed and how its writer connection is closed.
/// </summary>
internal abstract class GroupCommit : IGroupCommit
{
    private readonly GroupCommitQueue _queue;
    private Task _writer = Task.CompletedTask;
    private long _commits;

    protected GroupCommit(int maxBatch, StorageTestHooks? hooks)
    {
        _queue = new GroupCommitQueue(maxBatch, GetType().Name);
        Hooks = hooks;
    }

    public long Commits => Interlocked.Read(ref _commits);

    public int Pending => _queue.Pending;

    /// <summary>A test's hooks; null in production.</summary>
    protected StorageTestHooks? Hooks { get; }

    public Task<WriteOutcome> WriteAsync(GrainRowWrite write, CancellationToken cancellationToken) => _queue.Enqueue(write, cancellationToken);

    /// <summary>Takes no more writes, lets the writer answer every write already queued, then closes its connection.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_queue.Complete())
        {
            return;
        }

        await _writer.ConfigureAwait(false);
        await CloseWriterAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>Starts the one writer. An engine calls it last in its constructor, once all its batches use is set.</summary>
    protected void StartWriter() => _writer = Task.Run(() => _queue.WriteBatchesAsync(CommitAsync));

    /// <summary>
    /// Runs one batch in one transaction and answers every write of it: through <see cref="Acknowledge"/> after the
    /// COMMIT returned, or <see cref="Fail"/>. Must not throw: the writer's loop lives on for the next batch.
    /// </summary>
    protected abstract Task CommitAsync(List<QueuedWrite> batch);

    /// <summary>Closes the writer's connection, once the writer has stopped.</summary>
    protected abstract ValueTask CloseWriterAsync();

    /// <summary>A test's hold with a batch ready and its COMMIT not yet sent (<see cref="StorageTestHooks.BeforeCommit"/>).</summary>
    protected Task BeforeCommitAsync() => Hooks?.BeforeCommit?.Invoke(CancellationToken.None) ?? Task.CompletedTask;

    /// <summary>
    /// Called only after the COMMIT holding <paramref name="writes"/> returned: counts the commit and answers each write
    /// with its outcome, or with its own statement's failure (that statement's changes were rolled back, the rest kept).
    /// </summary>
    protected void Acknowledge(List<QueuedWrite> writes, WriteOutcome[] outcomes, Exception?[]? failures = null)
    {
        Interlocked.Increment(ref _commits);
        for (var i = 0; i < writes.Count; i++)
        {
            if (failures?[i] is { } failure)
            {
                writes[i].Completion.TrySetException(failure);
            }
            else
            {
                writes[i].Completion.TrySetResult(outcomes[i]);
            }
        }
    }

    /// <summary>The batch's transaction, or its COMMIT, failed: no write of it was stored, and each hears why.</summary>
    protected static void Fail(List<QueuedWrite> writes, Exception failure)
    {
        foreach (var write in writes)
        {
            write.Completion.TrySetException(failure);
        }
    }
}
