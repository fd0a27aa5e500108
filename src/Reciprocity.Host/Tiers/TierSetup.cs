using Orleans.Configuration;
using Reciprocity.Host.Realtime;
using Reciprocity.Storage;

namespace Reciprocity.Host.Tiers;

/// <summary>The Orleans side of the two tiers: a silo's TLS and gateway, and a front end's client (docs/operations.md: Layouts).</summary>
public static class TierSetup
{
    /// <summary>How long a front end waits for a grain's answer; grain calls take milliseconds, a failover seconds.</summary>
    public static readonly TimeSpan ResponseTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Mutual TLS on every connection of the silo (to other silos and from front ends) and the gateway open.</summary>
    public static ISiloBuilder AddReciprocityTier(this ISiloBuilder silo, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(silo);
        var certificates = TierCertificates.Read(configuration);
        silo.OpenGateway(configuration, environment);
        silo.UseTls(certificates.Certificate, certificates.Apply);
        return silo;
    }

    /// <summary>
    /// A front end's Orleans client: the gateways from PostgreSQL's membership table, mutual TLS, connecting until the
    /// silos answer (<see cref="ClusterConnection"/>), and hearing of lost gateways for <see cref="AnnounceAfterSiloLoss"/>.
    /// </summary>
    public static IClientBuilder AddReciprocityClient(this IClientBuilder client, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(client);
        var certificates = TierCertificates.Read(configuration);

        // Only the membership table is read here: grain state stays on the silos.
        client.FindGatewaysInMembershipTable(configuration, environment);

        // A silo that joins is used within seconds, not the default half minute.
        client.Configure<GatewayOptions>(gateways => gateways.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
        client.UseTls(certificates.Certificate, certificates.Apply);

        // A call in flight when its gateway's silo dies gets no answer: give up after 10 s (a 503) rather than Orleans' 30.
        client.Configure<ClientMessagingOptions>(messaging => messaging.ResponseTimeout = ResponseTimeout);

        client.Services.AddSingleton<ClusterConnection>();
        client.Services.AddSingleton<IClientConnectionRetryFilter>(services => services.GetRequiredService<ClusterConnection>());
        client.Services.AddSingleton<ILifecycleParticipant<IClusterClientLifecycle>>(services => services.GetRequiredService<ClusterConnection>());
        client.Services.AddSingleton<ISiloLosses>(services => services.GetRequiredService<ClusterConnection>());
        client.AddGatewayCountChangedHandler(services => services.GetRequiredService<ClusterConnection>().OnGatewayCountChanged);
        return client;
    }
}
