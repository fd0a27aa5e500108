namespace Reciprocity;

/// <summary>
/// Grain references by key, for the hot paths. Orleans 10.4's <c>GetGrain&lt;T&gt;(Guid)</c> resolves the interface's
/// grain type by reflection on every call (a few percent of the host's CPU under load); this resolves it once per
/// interface and then builds references from the grain id alone. Same references, same placement.
/// </summary>
public static class GrainReferences
{
    public static T ByGuid<T>(this IGrainFactory grains, Guid key)
        where T : IGrainWithGuidKey
    {
        ArgumentNullException.ThrowIfNull(grains);
        var types = Resolved<T>.Types ??= Resolve<T>(grains);  // a reference: never seen half-written
        return (T)grains.GetGrain(GrainId.Create(types.Grain, GrainIdKeyExtensions.CreateGuidKey(key)), types.Interface);
    }

    // Grain and interface types are names derived from the code, the same for every factory in the process.
    private static GrainTypes Resolve<T>(IGrainFactory grains)
        where T : IGrainWithGuidKey
    {
        var sample = (GrainReference)(object)grains.GetGrain<T>(Guid.Empty);
        return new GrainTypes(sample.GrainId.Type, sample.InterfaceType);
    }

    private sealed record GrainTypes(GrainType Grain, GrainInterfaceType Interface);

    private static class Resolved<T>
    {
        public static GrainTypes? Types;
    }
}
