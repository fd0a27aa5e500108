using Microsoft.AspNetCore.SignalR;
using Reciprocity.Host.Authentication;
using Reciprocity.Host.Hubs;
using Reciprocity.Realtime;

namespace Reciprocity.Host.Realtime;

/// <summary>
/// This host's end of the relay: passes a relationship's events to the SignalR connections watching it here, and
/// when a person's access key is rotated, makes this host forget the old key and end the hub connections opened with it.
/// </summary>
public sealed class HubRelay(IHubContext<AuditHub> hub, AccessKeyCache accessKeys, PersonConnections connections) : IAuditRelay
{
    public Task OnStatusChanged(StatusChanged change) =>
        hub.Clients.Group(AuditHub.GroupOf(change.RelationshipId)).SendAsync(nameof(StatusChanged), change);

    public Task OnRevealed(Revealed reveal) =>
        hub.Clients.Group(AuditHub.GroupOf(reveal.RelationshipId)).SendAsync(nameof(Revealed), reveal);

    public Task ForgetAccessKeys(Guid personId)
    {
        accessKeys.Forget(personId);
        connections.EndAll(personId);
        return Task.CompletedTask;
    }
}
