namespace Reciprocity.Grains.Storage;

/// <summary>The database's clean-up after a deletion; the host provides it, as it owns the database.</summary>
public interface IStorageErasure
{
    Task AfterDeletion(CancellationToken cancellationToken = default);
}
