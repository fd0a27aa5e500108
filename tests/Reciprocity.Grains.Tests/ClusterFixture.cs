using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;
using Reciprocity.Grains;
using Reciprocity.Grains.Reminders;

namespace Reciprocity.Grains.Tests;

/// <summary>One in-process Orleans test cluster shared by the grain tests.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; } = new TestClusterBuilder(1).AddSiloBuilderConfigurator<SiloConfigurator>().Build();

    public IGrainFactory Grains => Cluster.GrainFactory;

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            // Orleans' binary serializer, as the host's storage uses: states are read back the way production reads them.
            silo.AddMemoryGrainStorage(ReciprocityStorage.Name);
            silo.Services.AddOptions<MemoryGrainStorageOptions>(ReciprocityStorage.Name)
                .Configure<Serializer>((storage, serializer) => storage.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
            silo.Services.AddSingleton(TimeProvider.System);
            silo.Services.AddSingleton<IMailQueue, NoMailServer>();
        }
    }

    /// <summary>As when the operator configured no mail server: reminders are not sent (the host tests send real ones).</summary>
    private sealed class NoMailServer : IMailQueue
    {
        public bool IsAvailable => false;

        public void Post(OutgoingMail mail)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
