using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Reciprocity.Host.Realtime;

/// <summary>The relationships this host's hub connections watch, so the host can ask them to announce themselves again.</summary>
public sealed class WatchedRelationships
{
    private readonly ConcurrentDictionary<string, ImmutableHashSet<Guid>> _byConnection = new();

    public void Add(string connectionId, Guid relationshipId) =>
        _byConnection.AddOrUpdate(connectionId, _ => [relationshipId], (_, watched) => watched.Add(relationshipId));

    public void Forget(string connectionId) => _byConnection.TryRemove(connectionId, out _);

    public IReadOnlySet<Guid> All() => _byConnection.Values.SelectMany(watched => watched).ToHashSet();
}
