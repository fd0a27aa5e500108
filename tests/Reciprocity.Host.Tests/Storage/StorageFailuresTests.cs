using Microsoft.Data.Sqlite;
using Npgsql;
using Orleans.Runtime;
using Orleans.Storage;
using Reciprocity.Host.Hosting;
using Reciprocity.Storage;

namespace Reciprocity.Host.Tests.Storage;

/// <summary>Which failures the host answers 503 ("not now"), and which stay bugs (500).</summary>
public sealed class StorageFailuresTests
{
    [Theory]
    [InlineData(13, true)] // SQLITE_FULL: database or disk is full
    [InlineData(8, true)] // SQLITE_READONLY
    [InlineData(10 | (4 << 8), true)] // SQLITE_IOERR_WRITE, an extended code
    [InlineData(14, true)] // SQLITE_CANTOPEN
    [InlineData(5, true)] // SQLITE_BUSY
    [InlineData(19, false)] // SQLITE_CONSTRAINT: a bug in a statement, not the database's state
    [InlineData(1, false)] // SQLITE_ERROR: a bad statement
    public void SQLite_failures_of_the_database_itself_are_unavailability(int code, bool unavailable)
    {
        var failure = new OrleansException("Error from storage provider", new SqliteException("SQLite Error", code));
        Assert.Equal(unavailable, StorageFailures.IsUnavailable(failure));
        Assert.Equal(unavailable ? Unavailability.Kind.Storage : null, Unavailability.Of(failure));
    }

    [Theory]
    [InlineData("53100", true)] // disk_full
    [InlineData("53300", true)] // too_many_connections
    [InlineData("57P01", true)] // admin_shutdown
    [InlineData("58030", true)] // io_error
    [InlineData("25006", true)] // read_only_sql_transaction (a standby)
    [InlineData("23505", false)] // unique_violation
    [InlineData("42P01", false)] // undefined_table
    public void PostgreSQL_failures_of_the_database_itself_are_unavailability(string sqlState, bool unavailable)
    {
        var failure = new PostgresException("message", "ERROR", "ERROR", sqlState);
        Assert.Equal(unavailable, StorageFailures.IsUnavailable(failure));
    }

    [Fact]
    public void A_silo_failing_over_is_unavailability_and_anything_else_is_not()
    {
        Assert.Equal(Unavailability.Kind.Failover, Unavailability.Of(new SiloUnavailableException()));
        // Orleans makes these itself (no public constructor): "Target silo is unavailable", "Unable to connect".
        var rejection = (OrleansMessageRejectionException)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(OrleansMessageRejectionException));
        Assert.Equal(Unavailability.Kind.Failover, Unavailability.Of(new OrleansException("wrapped", rejection)));
        Assert.Equal(Unavailability.Kind.Failover, Unavailability.Of(new TimeoutException("Response did not arrive on time")));
        Assert.Equal(Unavailability.Kind.Storage, Unavailability.Of(new StorageUnavailableException("full", new IOException())));
        Assert.Equal(Unavailability.Kind.Storage, Unavailability.Of(new InconsistentStateException("version conflict")));
        Assert.Null(Unavailability.Of(new InvalidOperationException("a bug")));
        Assert.Null(Unavailability.Of(new OrleansException("a bug in a grain")));
        Assert.Null(Unavailability.Of(new NpgsqlException("not transient")));
    }
}
