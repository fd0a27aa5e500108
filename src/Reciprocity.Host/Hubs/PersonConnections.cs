using Microsoft.AspNetCore.SignalR;

namespace Reciprocity.Host.Hubs;

/// <summary>
/// The hub connections open on this host, by person, so that a key rotation can end those opened with the old key:
/// a connection is authenticated once, when it opens, and would otherwise keep receiving events.
/// </summary>
public sealed class PersonConnections
{
    private readonly Dictionary<Guid, List<HubCallerContext>> _open = [];

    public void Add(Guid personId, HubCallerContext connection)
    {
        lock (_open)
        {
            if (!_open.TryGetValue(personId, out var connections))
            {
                _open[personId] = connections = [];
            }

            connections.Add(connection);
        }
    }

    public void Remove(Guid personId, HubCallerContext connection)
    {
        lock (_open)
        {
            if (_open.TryGetValue(personId, out var connections) && connections.Remove(connection) && connections.Count == 0)
            {
                _open.Remove(personId);
            }
        }
    }

    /// <summary>Ends every connection of the person on this host; their clients reconnect with whatever key they hold now.</summary>
    public void EndAll(Guid personId)
    {
        HubCallerContext[] ending;
        lock (_open)
        {
            if (!_open.Remove(personId, out var connections))
            {
                return;
            }

            ending = [.. connections];
        }

        foreach (var connection in ending)
        {
            connection.Abort();
        }
    }
}
