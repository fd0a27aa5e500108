using Microsoft.AspNetCore.SignalR;
using Reciprocity.Host.Authentication;
using Reciprocity.Host.Hubs;
using Reciprocity.Realtime;

namespace Reciprocity.Host.Realtime;

/// <summary>
/// This host's end of the relay: passes live events to the SignalR connections of their audience here, and when a
/// person's access key is rotated, makes this host forget the old key and end the hub connections opened with it.
/// </summary>
public sealed class HubRelay(IHubContext<AuditHub> hub, AccessKeyCache accessKeys, PersonConnections connections) : IAuditRelay
{
    public Task Deliver(LiveMessage message) =>
        hub.Clients.Group(message.Audience).SendAsync(message.Name, message.Payload);

    public Task ForgetAccessKeys(Guid personId)
    {
        accessKeys.Forget(personId);
        connections.EndAll(personId);
        return Task.CompletedTask;
    }
}
