namespace Reciprocity.Host.Tiers;

/// <summary>
/// On a front end that reaches no silo (not yet connected, or every gateway lost), an API or hub request fails as a
/// failover does, so <see cref="Hosting.UnavailabilityMiddleware"/> answers it 503 with Retry-After instead of the
/// client's "no implementation" error of an unconnected client.
/// </summary>
internal sealed class ClusterConnectionGate(RequestDelegate next, ClusterConnection connection)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!connection.IsConnected && (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments(Hubs.AuditHub.Path)))
        {
            throw new SiloUnavailableException("This front end reaches no silo just now.");
        }

        return next(context);
    }
}
