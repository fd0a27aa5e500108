using Microsoft.Extensions.Diagnostics.HealthChecks;
using Reciprocity.Host.Realtime;
using Reciprocity.Host.Tiers;

namespace Reciprocity.Host.Hosting;

/// <summary>
/// Ready once grains answer and this host receives the cluster's events; on a front end (<paramref name="connection"/>
/// present), also only while it reaches a gateway.
/// </summary>
public sealed class SiloReadiness(RelayRegistration relay, ClusterConnection? connection = null) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (connection is { IsConnected: false })
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("This front end reaches no silo."));
        }

        return Task.FromResult(relay.IsRegistered
            ? HealthCheckResult.Healthy("The silo is running and this host relays live updates.")
            : HealthCheckResult.Unhealthy("The silo is starting."));
    }
}
