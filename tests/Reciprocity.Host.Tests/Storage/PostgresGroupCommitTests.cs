using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Runtime;
using Orleans.Storage;
using Reciprocity.Storage;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Storage;

/// <summary>
/// Group commit on PostgreSQL: many grain writes share one transaction, none is answered before its commit, a failing
/// statement fails alone, a failing COMMIT acknowledges no write of its batch, and a second activation's write is still refused.
/// </summary>
public sealed class PostgresGroupCommitTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Writes_waiting_together_share_one_commit_and_none_is_answered_before_it()
    {
        using var folder = new TempFolder();
        await using var database = await OpenAsync(folder);
        var groupCommit = database.GroupCommit;
        await StorageContract.ExecuteAsync(database, "INSERT INTO ReciprocityGrainState VALUES ('svc', 'probe', 0, 0, '', '\\x01', 1, now());");
        var commitsBefore = groupCommit.Commits;

        // Another transaction holds row 0: the first batch waits on it, everything else queues behind that batch.
        Task[] writes;
        await using (var holder = await HoldRowAsync(database, 0))
        {
            writes = Enumerable.Range(0, 50).Select(n => WriteAndSeeAsync(database, n, n == 0 ? 1 : null)).ToArray();
            Assert.True(SpinWait.SpinUntil(() => groupCommit.Pending == 50, Limit), $"pending: {groupCommit.Pending}");
            await WaitForLockWaitAsync(database);
            Assert.DoesNotContain(writes, write => write.IsCompleted);
        }

        await Task.WhenAll(writes).WaitAsync(Limit);
        Assert.InRange(groupCommit.Commits - commitsBefore, 1, 2);
        Assert.Equal(50, await StorageContract.CountAsync(database, "SELECT COUNT(*) FROM ReciprocityGrainState;"));

        // The server's own record: the rows written carry the id of at most two transactions.
        Assert.InRange(await StorageContract.CountAsync(database, "SELECT COUNT(DISTINCT xmin::text) FROM ReciprocityGrainState;"), 1, 2);
    }

    [Fact]
    public async Task A_failing_statement_fails_alone_and_the_rest_of_its_batch_is_committed()
    {
        using var folder = new TempFolder();
        await using var database = await OpenAsync(folder);
        var groupCommit = database.GroupCommit;
        await StorageContract.ExecuteAsync(database, "INSERT INTO ReciprocityGrainState VALUES ('svc', 'probe', 0, 0, '', '\\x01', 1, now());");

        Task[] good;
        Task bad;
        await using (var holder = await HoldRowAsync(database, 0))
        {
            good = [WriteAndSeeAsync(database, 0, 1), WriteAndSeeAsync(database, 1)];

            // No service id: the table's NOT NULL refuses this one statement.
            bad = groupCommit.WriteAsync(StorageContract.Row(9, serviceId: null!), CancellationToken.None);
            good = [.. good, WriteAndSeeAsync(database, 2)];
            Assert.True(SpinWait.SpinUntil(() => groupCommit.Pending == 4, Limit), $"pending: {groupCommit.Pending}");
            await WaitForLockWaitAsync(database);
        }

        var failure = await Assert.ThrowsAsync<PostgresException>(() => bad.WaitAsync(Limit));
        Assert.Equal(PostgresErrorCodes.NotNullViolation, failure.SqlState);
        await Task.WhenAll(good).WaitAsync(Limit);
        Assert.Equal(3, await StorageContract.CountAsync(database, "SELECT COUNT(*) FROM ReciprocityGrainState;"));
        Assert.Equal(2, await StorageContract.CountAsync(database, "SELECT Version FROM ReciprocityGrainState WHERE GrainIdN1 = 0;"));
    }

    [Fact]
    public async Task Orleans_writes_share_a_commit_and_a_second_activation_in_the_same_batch_is_refused()
    {
        using var folder = new TempFolder();
        await using var silo = await StorageSilo.StartAsync(StorageSilo.Settings("Postgres", await server.CreateDatabaseAsync()), folder.Path);
        var database = silo.Services.GetRequiredService<StorageDatabase>();
        var groupCommit = database.GroupCommit;
        const string type = "Reciprocity.Tests.Probe";

        // One grain written once; two activations of it will each write from that same version.
        var twice = GrainId.Create(type, Guid.NewGuid().ToString());
        var first = new GrainState<StorageProbeState>(new StorageProbeState { Value = "first" });
        await silo.Storage.WriteStateAsync(type, twice, first);
        await StorageContract.ExecuteAsync(database, "INSERT INTO ReciprocityGrainState VALUES ('svc', 'probe', 0, 0, '', '\\x01', 1, now());");
        var commitsBefore = groupCommit.Commits;

        var grains = Enumerable.Range(0, 20).Select(_ => GrainId.Create(type, Guid.NewGuid().ToString())).ToArray();
        var states = grains.Select(grain => new GrainState<StorageProbeState>(new StorageProbeState { Value = grain.ToString() })).ToArray();
        GrainState<StorageProbeState>[] activations =
        [
            new(new StorageProbeState { Value = "one" }) { ETag = first.ETag },
            new(new StorageProbeState { Value = "two" }) { ETag = first.ETag },
        ];
        Task[] writes;
        Task[] rivals;
        await using (var holder = await HoldRowAsync(database, 0))
        {
            // The first batch waits on the held row; every write Orleans makes meanwhile goes into the next one.
            var waiting = WriteAndSeeAsync(database, 0, 1);
            await WaitForLockWaitAsync(database);
            writes = [waiting, .. grains.Select((grain, i) => silo.Storage.WriteStateAsync(type, grain, states[i]))];
            rivals = activations.Select(state => silo.Storage.WriteStateAsync(type, twice, state)).ToArray();
            Assert.True(SpinWait.SpinUntil(() => groupCommit.Pending == 23, Limit), $"pending: {groupCommit.Pending}");
            Assert.DoesNotContain(writes.Concat(rivals), write => write.IsCompleted);
        }

        await Task.WhenAll(writes).WaitAsync(Limit);
        await Task.WhenAny(Task.WhenAll(rivals)).WaitAsync(Limit);
        Assert.Equal(2, groupCommit.Commits - commitsBefore);
        Assert.All(states, state => Assert.NotNull(state.ETag));

        // Exactly one activation's write lands; the other is refused as before, inside the same transaction.
        Assert.Equal(1, rivals.Count(rival => rival.IsCompletedSuccessfully));
        Assert.IsType<InconsistentStateException>(Assert.Single(rivals, rival => rival.IsFaulted).Exception!.InnerException);
        var read = new GrainState<StorageProbeState>();
        await silo.Storage.ReadStateAsync(type, twice, read);
        Assert.True(read.State!.Value is "one" or "two", read.State.Value);
    }

    [Fact]
    public async Task A_failing_COMMIT_acknowledges_no_write_of_its_batch()
    {
        using var folder = new TempFolder();
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var hooks = new StorageTestHooks { BeforeCommit = _ => held.TrySetResult() ? release.Task : Task.CompletedTask };
        await using var database = await OpenAsync(folder, hooks);
        var groupCommit = database.GroupCommit;

        // A deferred constraint that fails at COMMIT, and only there, for a transaction that wrote row 666.
        await StorageContract.ExecuteAsync(database, """
            CREATE FUNCTION refuse_666() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.GrainIdN1 = 666 THEN RAISE EXCEPTION 'row 666 is refused at commit' USING ERRCODE = '23514'; END IF;
                RETURN NULL;
            END $$;
            CREATE CONSTRAINT TRIGGER refuse_666 AFTER INSERT OR UPDATE ON ReciprocityGrainState
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_666();
            """);

        // The first batch is held before its COMMIT; everything written meanwhile goes into the second batch, together.
        var first = groupCommit.WriteAsync(StorageContract.Row(1000), CancellationToken.None);
        await held.Task.WaitAsync(Limit);
        var batch = Enumerable.Range(1, 10).Select(n => groupCommit.WriteAsync(StorageContract.Row(n), CancellationToken.None))
            .Append(groupCommit.WriteAsync(StorageContract.Row(666), CancellationToken.None))
            .ToArray();
        Assert.True(SpinWait.SpinUntil(() => groupCommit.Pending == 12, Limit), $"pending: {groupCommit.Pending}");
        release.SetResult();

        Assert.Equal(1, (await first.WaitAsync(Limit)).NewVersion);
        await Task.WhenAny(Task.WhenAll(batch)).WaitAsync(Limit);
        Assert.All(batch, write => Assert.True(write.IsFaulted, $"a write of the failed batch was answered: {write.Status}"));
        var failure = Assert.IsType<PostgresException>(batch[^1].Exception!.InnerException);
        Assert.Equal("23514", failure.SqlState);
        Assert.Equal(0, await StorageContract.CountAsync(database, "SELECT COUNT(*) FROM ReciprocityGrainState WHERE GrainIdN1 BETWEEN 1 AND 666;"));

        // The writer goes on with a fresh connection: the same writes, without row 666, are stored.
        var again = await Task.WhenAll(Enumerable.Range(1, 10).Select(n => groupCommit.WriteAsync(StorageContract.Row(n), CancellationToken.None))).WaitAsync(Limit);
        Assert.All(again, outcome => Assert.Equal(1, outcome.NewVersion));
    }

    private async Task<StorageDatabase> OpenAsync(TempFolder folder, StorageTestHooks? hooks = null)
    {
        var database = StorageContract.OpenDatabase("Postgres", await server.CreateDatabaseAsync(), folder.Path, hooks);
        await StorageContract.InstallSchemaAsync(database);
        return database;
    }

    // A transaction of the test's own that holds a row's lock until it is disposed (rolled back).
    private static async Task<HeldRow> HoldRowAsync(StorageDatabase database, int n)
    {
        var connection = new NpgsqlConnection(database.DataSource.ConnectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("SELECT 1 FROM ReciprocityGrainState WHERE ServiceId = 'svc' AND GrainIdN1 = @n FOR UPDATE;", connection, transaction);
        command.Parameters.AddWithValue("n", (long)n);
        await command.ExecuteNonQueryAsync();
        return new HeldRow(connection, transaction);
    }

    // Until the server shows the group commit's writer waiting for the held row.
    private static async Task WaitForLockWaitAsync(StorageDatabase database)
    {
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * (long)Limit.TotalSeconds;
        while (await StorageContract.CountAsync(database, "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database();") == 0)
        {
            Assert.True(Stopwatch.GetTimestamp() < deadline, "The writer never waited for the held row.");
        }
    }

    // Writes row n through the group commit; once answered, the row is committed: another connection sees it.
    private static async Task WriteAndSeeAsync(StorageDatabase database, int n, int? expectedVersion = null)
    {
        var outcome = await database.GroupCommit.WriteAsync(StorageContract.Row(n, expectedVersion), CancellationToken.None);
        Assert.Equal((expectedVersion ?? 0) + 1, outcome.NewVersion);
        Assert.Equal(1, await StorageContract.CountAsync(database, $"SELECT COUNT(*) FROM ReciprocityGrainState WHERE ServiceId = 'svc' AND GrainIdN1 = {n} AND Version = {outcome.NewVersion};"));
    }

    private sealed class HeldRow(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
