namespace Reciprocity.Storage;

/// <summary>
/// Test-only points of the storage, for tests that hold a commit, fill the disk or crash the process mid-journey.
/// Production registers none: a test's own composition registers one (in process, or in the tests' crash launcher,
/// tests/Reciprocity.CrashHost, for a host process), and the storage asks for it optionally.
/// </summary>
public sealed class StorageTestHooks
{
    private long _sqlitePageLimit;

    /// <summary>
    /// Awaited by a group commit with a batch ready and its COMMIT not yet run: on SQLite after the batch's statements ran
    /// in its open transaction, on PostgreSQL before the one round trip that sends BEGIN, the writes and COMMIT.
    /// </summary>
    public Func<CancellationToken, Task>? BeforeCommit { get; set; }

    /// <summary>Called with the state name after a grain write was stored and before the grain hears so.</summary>
    public Action<string>? AfterStored { get; set; }

    /// <summary>
    /// SQLite's max_page_count on the writer connection (null: SQLite's own limit), so a test can make the file "full"
    /// (SQLITE_FULL, the same failure as a full disk) without filling a disk. 1 means "no more than now".
    /// </summary>
    public long? SqlitePageLimit
    {
        get => Interlocked.Read(ref _sqlitePageLimit) is var limit and > 0 ? limit : null;
        set => Interlocked.Exchange(ref _sqlitePageLimit, value ?? 0);
    }
}
