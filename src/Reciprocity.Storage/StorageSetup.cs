using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;
using Npgsql;
using Orleans.Configuration.Overrides;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;
using Orleans.Storage;
using Reciprocity.Grains;
using Reciprocity.Grains.Storage;

namespace Reciprocity.Storage;

/// <summary>
/// The storage's composition, the one entry the host calls: clustering, the "reciprocity" grain storage (reads by Orleans'
/// ADO.NET provider, writes by the group commit) and its schema, from configuration (see docs: Running and configuration),
/// and for a front end only the membership table.
/// </summary>
public static class StorageSetup
{
    /// <summary>The grain storage name, the one the grains' <c>[PersistentState]</c> attributes name.</summary>
    public const string GrainStorageName = ReciprocityStorage.Name;

    /// <summary>The health-check tag that /health/ready selects.</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// Configures clustering (localhost for SQLite, ADO.NET for PostgreSQL), ADO.NET grain storage named
    /// <see cref="GrainStorageName"/> on the same database, and the schema installation at silo start.
    /// Throws <see cref="InvalidOperationException"/> naming the configuration key when a setting is invalid.
    /// </summary>
    public static ISiloBuilder AddReciprocityStorage(this ISiloBuilder silo, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(silo);
        var settings = StorageSettings.Read(configuration, environment);

        silo.Services.AddSingleton(settings);
        silo.Services.AddSingleton(services => StorageDatabase.Open(settings, services.GetService<StorageTestHooks>()));
        silo.Services.AddSingleton<SchemaInstaller>();
        silo.Services.AddSingleton<IStorageErasure, StorageErasure>();
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, SchemaLifecycleParticipant>();

        // No gateway: the host's API and hub call grains inside its own silo, and nothing outside may call them at all.
        if (settings.Provider == StorageProvider.Sqlite)
        {
            silo.UseLocalhostClustering(settings.SiloPort, gatewayPort: 0, serviceId: settings.ServiceId, clusterId: settings.ClusterId);
        }
        else
        {
            silo.Configure<ClusterOptions>(cluster =>
            {
                cluster.ClusterId = settings.ClusterId;
                cluster.ServiceId = settings.ServiceId;
            });

            // Not ConfigureEndpoints: listening on any address, it also sets a gateway endpoint, which port 0 does not turn off.
            silo.Configure<EndpointOptions>(endpoints =>
            {
                endpoints.AdvertisedIPAddress = settings.AdvertisedAddress;
                endpoints.SiloPort = settings.SiloPort;
                endpoints.GatewayPort = 0;

                // Other silos reach a non-loopback address (a container's) on any interface; loopback stays on loopback.
                if (!IPAddress.IsLoopback(settings.AdvertisedAddress))
                {
                    endpoints.SiloListeningEndpoint = new IPEndPoint(IPAddress.Any, settings.SiloPort);
                }
            });
            silo.UseAdoNetClustering(options => options.Configure<StorageDatabase>((clustering, database) =>
            {
                clustering.Invariant = database.Invariant;
                clustering.DataSource = database.DataSource;
            }));
            silo.Configure<ClusterMembershipOptions>(DetectDeadSilosSooner);
        }

        silo.AddAdoNetGrainStorage(GrainStorageName, options => options.Configure<StorageDatabase, Serializer>((storage, database, serializer) =>
        {
            storage.Invariant = database.Invariant;
            storage.DataSource = database.DataSource;

            // Orleans' binary serializer instead of the default Newtonsoft JSON: ~1 µs a write instead of ~13,
            // and version-tolerant through the state records' [GenerateSerializer]/[Id] attributes.
            storage.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
        }));
        WriteThroughGroupCommit(silo.Services);

        return silo;
    }

    /// <summary>
    /// The Silo role: opens the gateway for front ends on <see cref="StorageSettings.GatewayPort"/> (on any interface
    /// unless the silo advertises loopback), and needs PostgreSQL, as front ends find the gateways in its membership table.
    /// </summary>
    public static ISiloBuilder OpenGateway(this ISiloBuilder silo, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(silo);
        var settings = StorageSettings.Read(configuration, environment);
        RequirePostgres(settings);
        silo.Configure<EndpointOptions>(endpoints =>
        {
            endpoints.GatewayPort = settings.GatewayPort;
            if (!IPAddress.IsLoopback(settings.AdvertisedAddress))
            {
                endpoints.GatewayListeningEndpoint = new IPEndPoint(IPAddress.Any, settings.GatewayPort);
            }
        });
        return silo;
    }

    /// <summary>
    /// A front end's part: the gateways from PostgreSQL's membership table, on a plain data source of its own. No grain
    /// storage, no group commit and no schema: grain state stays on the silos.
    /// </summary>
    public static IClientBuilder FindGatewaysInMembershipTable(this IClientBuilder client, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(client);
        var settings = StorageSettings.Read(configuration, environment);
        RequirePostgres(settings);
        client.Services.AddSingleton(_ => new MembershipTable(NpgsqlDataSource.Create(settings.ConnectionString)));
        client.Configure<ClusterOptions>(cluster =>
        {
            cluster.ClusterId = settings.ClusterId;
            cluster.ServiceId = settings.ServiceId;
        });
        client.UseAdoNetClustering(options => options.Configure<MembershipTable>((clustering, membership) =>
        {
            clustering.Invariant = StorageDatabase.PostgresInvariant;
            clustering.DataSource = membership.DataSource;
        }));
        return client;
    }

    /// <summary>Silos and front ends meet in PostgreSQL's membership table; SQLite has no clustering.</summary>
    private static void RequirePostgres(StorageSettings settings)
    {
        if (settings.Provider != StorageProvider.Postgres)
        {
            throw new InvalidOperationException(
                $"Configuration key '{StorageSettings.ProviderKey}' must be 'Postgres' when the host runs as a separate silo or front end: front ends find the silos in PostgreSQL's membership table.");
        }
    }

    /// <summary>
    /// How soon the cluster declares a dead silo dead, and so how long calls to its grains answer 503 (measured in
    /// docs/operations.md: 2.5-4 s, against 11-12 s with the default ProbeTimeout of 5 s). Orleans probes at an interval it
    /// adapts to the observed round trips, between MinProbeTimeout and MaxProbeTimeout (half and four times ProbeTimeout:
    /// 0.5-4 s here) and longer while the prober itself stalls, and suspects a silo after three misses, the last one asked
    /// through another silo. A living silo that is merely slow keeps its connections busy, and a vote against a silo whose
    /// connection received a message within MaxProbeTimeout x NumMissedProbesLimit (12 s) is dropped.
    /// </summary>
    internal static void DetectDeadSilosSooner(ClusterMembershipOptions membership)
    {
        membership.ProbeTimeout = TimeSpan.FromSeconds(1);
        membership.NumMissedProbesLimit = 3;
    }

    /// <summary>
    /// Replaces the provider that AddAdoNetGrainStorage registered with the grain storage the grains use: health reporting
    /// around <see cref="GroupCommitGrainStorage"/>, which reads through the provider and writes through the group commit.
    /// </summary>
    private static void WriteThroughGroupCommit(IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<StorageWriteHealth>();
        services.Remove(services.Single(service =>
            service.IsKeyedService && service.ServiceType == typeof(IGrainStorage) && Equals(service.ServiceKey, GrainStorageName)));

        // Orleans' lifecycle registration resolves this same keyed service; the wrapper passes Participate on.
        services.AddKeyedSingleton<IGrainStorage>(GrainStorageName, (provider, _) => new HealthReportingGrainStorage(
            new GroupCommitGrainStorage(
                AdoNetGrainStorageFactory.Create(provider, GrainStorageName),
                provider.GetRequiredService<StorageDatabase>().GroupCommit,
                GrainStorageName,
                provider.GetProviderClusterOptions(GrainStorageName).Value.ServiceId,
                provider.GetRequiredService<IActivatorProvider>()),
            provider.GetRequiredService<StorageWriteHealth>(),
            provider.GetRequiredService<IGrainContextAccessor>(),
            provider.GetRequiredService<ILogger<HealthReportingGrainStorage>>(),
            provider.GetService<StorageTestHooks>()));
    }

    /// <summary>Adds <see cref="StorageHealthCheck"/> ("storage", tagged <see cref="ReadyTag"/>); needs <see cref="AddReciprocityStorage"/>.</summary>
    public static IServiceCollection AddReciprocityStorageHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: [ReadyTag]);
        return services;
    }
}
