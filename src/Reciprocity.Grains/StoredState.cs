namespace Reciprocity.Grains;

/// <summary>How every grain changes its stored state: replace it whole, write it, and only then answer.</summary>
internal static class StoredState
{
    /// <summary>Replaces the state and writes it; on a failed write the previous state is put back, so nothing unacknowledged is ever visible.</summary>
    public static async Task Replace<T>(this Orleans.Core.IStorage<T> store, T next)
    {
        var previous = store.State;
        store.State = next;
        try
        {
            await store.WriteStateAsync();
        }
        catch
        {
            store.State = previous;
            throw;
        }
    }
}
