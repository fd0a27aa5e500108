using System.Threading.Channels;

namespace Reciprocity.Storage;

/// <summary>
/// Where a group commit's writes wait: callers queue one typed write each and get its outcome once the batch holding it
/// is committed; one writer takes everything waiting, up to a batch's size, and commits it. Shared by SQLite's and
/// PostgreSQL's group commit (owned by their base, <see cref="GroupCommit"/>), which differ only in how a batch is committed.
/// </summary>
internal sealed class GroupCommitQueue(int maxBatch, string owner)
{
    private readonly Channel<QueuedWrite> _queue = Channel.CreateUnbounded<QueuedWrite>(new UnboundedChannelOptions { SingleReader = true });
    private int _pending;

    /// <summary>Writes queued or in a batch, not yet answered.</summary>
    public int Pending => Volatile.Read(ref _pending);

    public Task<WriteOutcome> Enqueue(GrainRowWrite row, CancellationToken cancellationToken)
    {
        var write = new QueuedWrite(row, cancellationToken);
        Interlocked.Increment(ref _pending);
        if (!_queue.Writer.TryWrite(write))
        {
            Interlocked.Decrement(ref _pending);
            throw new ObjectDisposedException(owner, "The storage is shutting down.");
        }

        return write.Completion.Task;
    }

    /// <summary>Takes no more writes; false when it had already stopped.</summary>
    public bool Complete() => _queue.Writer.TryComplete();

    /// <summary>
    /// The writer's loop: hands each batch of waiting writes (a cancelled one is answered as such and left out) to
    /// <paramref name="commit"/>, which answers every write of it, until the queue is completed and empty.
    /// </summary>
    public async Task WriteBatchesAsync(Func<List<QueuedWrite>, Task> commit)
    {
        var batch = new List<QueuedWrite>(maxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < maxBatch && _queue.Reader.TryRead(out var write))
            {
                if (write.CancellationToken.IsCancellationRequested)
                {
                    Interlocked.Decrement(ref _pending);
                    write.Completion.TrySetCanceled(write.CancellationToken);
                    continue;
                }

                batch.Add(write);
            }

            if (batch.Count == 0)
            {
                continue;
            }

            try
            {
                await commit(batch).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Add(ref _pending, -batch.Count);
                batch.Clear();
            }
        }
    }
}

/// <summary>One write waiting in a group commit, with the task its caller awaits.</summary>
internal sealed class QueuedWrite(GrainRowWrite row, CancellationToken cancellationToken)
{
    public GrainRowWrite Row { get; } = row;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    // Callers continue on the thread pool, never on the writer.
    public TaskCompletionSource<WriteOutcome> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
