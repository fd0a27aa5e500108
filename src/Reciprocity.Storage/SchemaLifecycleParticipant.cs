using Orleans.Runtime;

namespace Reciprocity.Storage;

/// <summary>Installs the schema when the silo starts, before anything in Orleans opens the database.</summary>
internal sealed class SchemaLifecycleParticipant(SchemaInstaller installer, StorageDatabase database, ILogger<SchemaLifecycleParticipant> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    // RuntimeInitialize (2000) comes before membership (8000, RuntimeGrainServices) and grain storage (10000,
    // ApplicationServices), the first stages that query; unlike configuration time, it can await and be cancelled.
    public const int Stage = ServiceLifecycleStage.RuntimeInitialize;

    public void Participate(ISiloLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        lifecycle.Subscribe(nameof(SchemaLifecycleParticipant), Stage, OnStart);
    }

    private Task OnStart(CancellationToken cancellationToken)
    {
        StorageLog.Configured(logger, StorageSetup.GrainStorageName, database.Provider, database.Description);
        return installer.EnsureCreatedAsync(cancellationToken);
    }
}
