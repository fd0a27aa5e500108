using Microsoft.AspNetCore.SignalR;
using Reciprocity.Host.Authentication;
using Reciprocity.Host.Hubs;
using Reciprocity.Realtime;

namespace Reciprocity.Host.Realtime;

/// <summary>
/// This host's end of the relay: passes live events to the SignalR connections of their audience here, and makes
/// this host forget a person's confirmed access key when it is rotated.
/// </summary>
public sealed class HubRelay(IHubContext<AuditHub> hub, AccessKeyCache accessKeys) : IAuditRelay
{
    public Task Deliver(LiveMessage message) =>
        hub.Clients.Group(message.Audience).SendAsync(message.Name, message.Payload);

    public Task ForgetAccessKeys(Guid personId)
    {
        accessKeys.Forget(personId);
        return Task.CompletedTask;
    }
}
