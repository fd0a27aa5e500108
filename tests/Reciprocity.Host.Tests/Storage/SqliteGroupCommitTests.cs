using Microsoft.Data.Sqlite;
using Reciprocity.Host.Tests.Infrastructure;
using Reciprocity.Storage;

namespace Reciprocity.Host.Tests.Storage;

/// <summary>Group commit on SQLite: many writes share one transaction, and none is answered before its commit.</summary>
public sealed class SqliteGroupCommitTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Writes_waiting_together_share_one_commit_and_none_is_answered_before_it()
    {
        using var folder = new TempFolder();
        await using var database = await OpenAsync(folder);
        var groupCommit = database.GroupCommit;
        var commitsBefore = groupCommit.Commits;

        // Another writer holds the file: the writer waits at the gate with a first batch, the rest queue behind it.
        Task[] writes;
        using (await database.Sqlite!.EnterWriterAsync(CancellationToken.None))
        {
            writes = Enumerable.Range(0, 50).Select(n => groupCommit.WriteAsync(StorageContract.Row(n), CancellationToken.None)).ToArray();
            Assert.True(SpinWait.SpinUntil(() => groupCommit.Pending == 50, Limit), $"pending: {groupCommit.Pending}");
            Assert.DoesNotContain(writes, write => write.IsCompleted);
        }

        await Task.WhenAll(writes).WaitAsync(Limit);
        Assert.InRange(groupCommit.Commits - commitsBefore, 1, 2);
        Assert.Equal(50, await StorageContract.CountAsync(database, "SELECT COUNT(*) FROM ReciprocityGrainState;"));
    }

    [Fact]
    public async Task A_write_is_answered_only_after_the_commit_that_holds_it_returned()
    {
        using var folder = new TempFolder();
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var hooks = new StorageTestHooks
        {
            // The first batch stops with its statements run in its open transaction, before its COMMIT.
            BeforeCommit = _ =>
            {
                if (held.TrySetResult())
                {
                    return release.Task;
                }

                return Task.CompletedTask;
            },
        };
        await using var database = await OpenAsync(folder, hooks);
        var groupCommit = database.GroupCommit;

        Task<WriteOutcome>[] writes;
        using (await database.Sqlite!.EnterWriterAsync(CancellationToken.None))
        {
            writes = Enumerable.Range(0, 20).Select(n => groupCommit.WriteAsync(StorageContract.Row(n), CancellationToken.None)).ToArray();
            Assert.True(SpinWait.SpinUntil(() => groupCommit.Pending == 20, Limit), $"pending: {groupCommit.Pending}");
        }

        // The commit is held: not one write is answered, and none is visible to a reader. The hold ends whatever the
        // assertions find, so a failure fails the test instead of leaving the writer (and the test's clean-up) waiting.
        try
        {
            await held.Task.WaitAsync(Limit);
            Assert.DoesNotContain(writes, write => write.IsCompleted);
            Assert.Equal(0, await StorageContract.CountAsync(database, "SELECT COUNT(*) FROM ReciprocityGrainState;"));
            Assert.DoesNotContain(writes, write => write.IsCompleted);
        }
        finally
        {
            release.TrySetResult();
        }

        var outcomes = await Task.WhenAll(writes).WaitAsync(Limit);
        Assert.All(outcomes, outcome => Assert.Equal(1, outcome.NewVersion));
        Assert.Equal(20, await StorageContract.CountAsync(database, "SELECT COUNT(*) FROM ReciprocityGrainState;"));
    }

    [Fact]
    public async Task A_failing_statement_fails_alone_and_the_rest_of_its_batch_is_committed()
    {
        using var folder = new TempFolder();
        await using var database = await OpenAsync(folder);
        var groupCommit = database.GroupCommit;

        Task[] good;
        Task bad;
        using (await database.Sqlite!.EnterWriterAsync(CancellationToken.None))
        {
            good = [groupCommit.WriteAsync(StorageContract.Row(1), CancellationToken.None), groupCommit.WriteAsync(StorageContract.Row(2), CancellationToken.None)];

            // No service id: the table's NOT NULL refuses this one statement.
            bad = groupCommit.WriteAsync(StorageContract.Row(9, serviceId: null!), CancellationToken.None);
            good = [.. good, groupCommit.WriteAsync(StorageContract.Row(3), CancellationToken.None)];
            Assert.True(SpinWait.SpinUntil(() => groupCommit.Pending == 4, Limit), $"pending: {groupCommit.Pending}");
        }

        var failure = await Assert.ThrowsAsync<SqliteException>(() => bad.WaitAsync(Limit));
        Assert.Contains("NOT NULL", failure.Message, StringComparison.Ordinal);
        await Task.WhenAll(good).WaitAsync(Limit);
        Assert.Equal(3, await StorageContract.CountAsync(database, "SELECT COUNT(*) FROM ReciprocityGrainState;"));
    }

    [Fact]
    public async Task The_writer_answers_new_versions_and_conflicts_as_values()
    {
        using var folder = new TempFolder();
        await using var database = await OpenAsync(folder);
        var groupCommit = database.GroupCommit;

        Assert.Equal(1, (await groupCommit.WriteAsync(StorageContract.Row(1), CancellationToken.None)).NewVersion);
        Assert.Equal(2, (await groupCommit.WriteAsync(StorageContract.Row(1, expectedVersion: 1), CancellationToken.None)).NewVersion);

        // A stale version, a second "first" write and a version for a row that is not there: conflicts, not failures.
        Assert.True((await groupCommit.WriteAsync(StorageContract.Row(1, expectedVersion: 1), CancellationToken.None)).IsConflict);
        Assert.True((await groupCommit.WriteAsync(StorageContract.Row(1), CancellationToken.None)).IsConflict);
        Assert.True((await groupCommit.WriteAsync(StorageContract.Row(2, expectedVersion: 4), CancellationToken.None)).IsConflict);

        var clear = GrainRowWrite.Clear(StorageContract.Row(1).Key, 2);
        Assert.Equal(3, (await groupCommit.WriteAsync(clear, CancellationToken.None)).NewVersion);
        Assert.Equal(1, await StorageContract.CountAsync(database, "SELECT COUNT(*) FROM ReciprocityGrainState WHERE Payload IS NULL AND Version = 3;"));
    }

    private static async Task<StorageDatabase> OpenAsync(TempFolder folder, StorageTestHooks? hooks = null)
    {
        var database = StorageContract.OpenDatabase("Sqlite", folder.SqliteConnectionString, folder.Path, hooks);
        await StorageContract.InstallSchemaAsync(database);
        return database;
    }
}
