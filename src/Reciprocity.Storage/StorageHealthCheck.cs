using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Reciprocity.Storage;

/// <summary>
/// Healthy when the configured database opens a connection and answers from the installed schema, and the last grain
/// write was stored (see <see cref="StorageWriteHealth"/>): a full or read-only database answers reads but not writes.
/// </summary>
internal sealed class StorageHealthCheck(StorageDatabase database, StorageWriteHealth writes) : IHealthCheck
{
    // A probe must answer even when the database hangs.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        var data = new Dictionary<string, object> { ["provider"] = database.Provider.ToString() };
        try
        {
            var connection = await database.DataSource.OpenConnectionAsync(timeout.Token).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                var command = connection.CreateCommand();
                await using (command.ConfigureAwait(false))
                {
                    // Trivial, yet it fails until the schema exists: ready means Orleans' queries are there.
                    command.CommandText = "SELECT COUNT(*) FROM OrleansQuery;";
                    await command.ExecuteScalarAsync(timeout.Token).ConfigureAwait(false);
                }
            }

            if (writes.Failure is { } failure)
            {
                data["lastWrite"] = failure;
                return new HealthCheckResult(context?.Registration?.FailureStatus ?? HealthStatus.Unhealthy, "The database cannot store writes just now.", null, data);
            }

            return HealthCheckResult.Healthy("The database answers.", data);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The description stays generic: probes are anonymous, and where the data lives is nobody's business.
            return new HealthCheckResult(context?.Registration?.FailureStatus ?? HealthStatus.Unhealthy, "The database does not answer.", exception, data);
        }
    }
}
