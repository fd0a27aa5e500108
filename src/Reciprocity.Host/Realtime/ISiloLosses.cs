namespace Reciprocity.Host.Realtime;

/// <summary>Tells this host that a silo of the cluster was lost: one item per loss.</summary>
public interface ISiloLosses
{
    IAsyncEnumerable<int> Losses(CancellationToken cancellation);
}
