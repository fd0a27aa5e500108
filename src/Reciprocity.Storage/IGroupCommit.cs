namespace Reciprocity.Storage;

/// <summary>
/// The seam between the grain storage and a database: typed grain writes go in, and each is answered only after the
/// COMMIT of the transaction that holds it returned. Writes waiting together share one transaction (see README.md).
/// </summary>
internal interface IGroupCommit : IAsyncDisposable
{
    /// <summary>Transactions committed so far.</summary>
    long Commits { get; }

    /// <summary>Writes queued or in a batch, not yet answered.</summary>
    int Pending { get; }

    /// <summary>
    /// Queues one write. Answers its outcome once committed; faults with the database's exception when its own statement
    /// failed (the rest of its batch is unaffected) or when the batch's COMMIT failed (then every write of the batch faults).
    /// </summary>
    Task<WriteOutcome> WriteAsync(GrainRowWrite write, CancellationToken cancellationToken);
}
