using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Reciprocity.Host.Tiers;

/// <summary>A silo of the Silo role is ready once the cluster lists it as active: front ends may then use its gateway.</summary>
public sealed class SiloMembershipReadiness(IClusterMembershipService membership, ILocalSiloDetails silo) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress) == SiloStatus.Active
            ? HealthCheckResult.Healthy("The silo is active in the cluster.")
            : HealthCheckResult.Unhealthy("The silo is starting."));
}
