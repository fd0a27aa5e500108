using System.Data.Common;
using Microsoft.Data.Sqlite;
using Reciprocity.Host.Storage;
using Reciprocity.Host.Tests.Infrastructure;

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
        var groupCommit = ((GatedSqliteDataSource)database.DataSource).GroupCommit;
        var gate = SqliteWriterGate.For(new SqliteConnectionStringBuilder(folder.SqliteConnectionString).DataSource);
        var commitsBefore = groupCommit.Commits;

        // Another writer holds the file: the writer waits at the gate with a first batch, the rest queue behind it.
        await gate.EnterAsync(CancellationToken.None);
        Task[] writes;
        try
        {
            writes = Enumerable.Range(0, 50).Select(i => InsertAsync(database, i)).ToArray();
            Assert.True(SpinWait.SpinUntil(() => groupCommit.Pending == 50, Limit), $"pending: {groupCommit.Pending}");
            Assert.DoesNotContain(writes, write => write.IsCompleted);
        }
        finally
        {
            gate.Leave();
        }

        await Task.WhenAll(writes).WaitAsync(Limit);
        Assert.InRange(groupCommit.Commits - commitsBefore, 1, 2);
        Assert.Equal(50, await StorageContract.CountAsync(database, "SELECT COUNT(*) FROM ReciprocityGrainState;"));
    }

    [Fact]
    public async Task A_failing_statement_fails_alone_and_the_rest_of_its_batch_is_committed()
    {
        using var folder = new TempFolder();
        await using var database = await OpenAsync(folder);
        var groupCommit = ((GatedSqliteDataSource)database.DataSource).GroupCommit;
        var gate = SqliteWriterGate.For(new SqliteConnectionStringBuilder(folder.SqliteConnectionString).DataSource);

        await gate.EnterAsync(CancellationToken.None);
        Task[] good;
        Task bad;
        try
        {
            good = [InsertAsync(database, 1), InsertAsync(database, 2)];
            bad = WriteAsync(database, "INSERT INTO ReciprocityGrainState (ServiceId, GrainType, GrainIdN0, GrainIdN1, GrainIdExtension, Version, ModifiedOn) VALUES (NULL, 't', 0, 0, '', 1, 0);");
            Task[] more = [InsertAsync(database, 3)];
            good = [.. good, .. more];
            Assert.True(SpinWait.SpinUntil(() => groupCommit.Pending == 4, Limit), $"pending: {groupCommit.Pending}");
        }
        finally
        {
            gate.Leave();
        }

        var failure = await Assert.ThrowsAsync<SqliteException>(() => bad.WaitAsync(Limit));
        Assert.Contains("NOT NULL", failure.Message, StringComparison.Ordinal);
        await Task.WhenAll(good).WaitAsync(Limit);
        Assert.Equal(3, await StorageContract.CountAsync(database, "SELECT COUNT(*) FROM ReciprocityGrainState;"));
    }

    [Fact]
    public async Task The_writer_connection_syncs_fully_and_answers_what_its_statement_returned()
    {
        using var folder = new TempFolder();
        await using var database = await OpenAsync(folder);

        // Not a SELECT, outside a transaction: this runs on the group-commit writer's own connection.
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        await using (var reader = await command.ExecuteReaderAsync())
        {
            Assert.True(await reader.ReadAsync());
            Assert.Equal(2, reader.GetInt32(0)); // 2 = FULL
        }

        command.CommandText = "INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('probe', 'text') RETURNING length(QueryText) AS Length, QueryKey;";
        await using (var reader = await command.ExecuteReaderAsync())
        {
            Assert.True(await reader.ReadAsync());
            Assert.Equal(4, reader.GetInt32(reader.GetOrdinal("Length")));
            Assert.Equal("probe", reader.GetString(1));
            Assert.False(await reader.ReadAsync());
        }
    }

    private static async Task<StorageDatabase> OpenAsync(TempFolder folder)
    {
        var database = StorageContract.OpenDatabase("Sqlite", folder.SqliteConnectionString, folder.Path);
        await StorageContract.InstallSchemaAsync(database);
        return database;
    }

    private static Task InsertAsync(StorageDatabase database, int n) =>
        WriteAsync(database, $"INSERT INTO ReciprocityGrainState VALUES ('svc', 'probe', 0, {n}, '', x'01', 1, 0);");

    private static async Task WriteAsync(StorageDatabase database, string sql)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
    }
}
