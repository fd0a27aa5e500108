using Microsoft.AspNetCore.SignalR;
using Reciprocity.Host.Hubs;
using Reciprocity.Realtime;

namespace Reciprocity.Host.Realtime;

/// <summary>This host's end of the relay: passes a relationship's events to the SignalR connections watching it here.</summary>
public sealed class HubRelay(IHubContext<AuditHub> hub) : IAuditRelay
{
    public Task OnStatusChanged(StatusChanged change) =>
        hub.Clients.Group(AuditHub.GroupOf(change.RelationshipId)).SendAsync(nameof(StatusChanged), change);

    public Task OnRevealed(Revealed reveal) =>
        hub.Clients.Group(AuditHub.GroupOf(reveal.RelationshipId)).SendAsync(nameof(Revealed), reveal);
}
