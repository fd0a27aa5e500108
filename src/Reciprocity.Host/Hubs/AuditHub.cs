using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Reciprocity.Host.Authentication;
using Reciprocity.Host.Realtime;
using Reciprocity.Realtime;
using Reciprocity.Relationships;

namespace Reciprocity.Host.Hubs;

/// <summary>Live updates of relationships. Only a participant may watch; the grain decides who that is.</summary>
[Authorize]
public sealed class AuditHub(IGrainFactory grains, WatchedRelationships watched) : Hub
{
    public const string Path = "/hubs/audit";

    /// <summary>
    /// Returns the caller's view and subscribes this connection to the relationship's events: those for every watcher,
    /// and those for this person alone (their copy of a reveal).
    /// </summary>
    public async Task<RelationshipView> Watch(Guid relationshipId)
    {
        var relationship = grains.ByGuid<IRelationshipGrain>(relationshipId);
        var personId = Context.User!.PersonId();
        try
        {
            // Asked first so a non-participant never joins the groups, and again after joining so no event falls in between.
            await relationship.GetView(personId);
            await Groups.AddToGroupAsync(Context.ConnectionId, Audiences.Relationship(relationshipId));
            await Groups.AddToGroupAsync(Context.ConnectionId, Audiences.Viewer(relationshipId, personId));
            watched.Add(Context.ConnectionId, relationshipId);
            return await relationship.GetView(personId);
        }
        catch (AuditRuleException refusal)
        {
            throw new HubException(refusal.Message);
        }
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        watched.Forget(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }
}
