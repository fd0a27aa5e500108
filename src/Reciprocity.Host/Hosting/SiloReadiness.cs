using Microsoft.Extensions.Diagnostics.HealthChecks;
using Reciprocity.Host.Realtime;

namespace Reciprocity.Host.Hosting;

/// <summary>Ready once the silo answers grain calls and this host receives the cluster's events.</summary>
public sealed class SiloReadiness(RelayRegistration relay) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(relay.IsRegistered
            ? HealthCheckResult.Healthy("The silo is running and this host relays live updates.")
            : HealthCheckResult.Unhealthy("The silo is starting."));
}
