using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Reciprocity.Host.Api;
using Reciprocity.Host.Authentication;
using Reciprocity.Host.Realtime;
using Reciprocity.Realtime;
using Reciprocity.Relationships;

namespace Reciprocity.Host.Hubs;

/// <summary>
/// Live updates of relationships. Only a participant may watch; the grain decides who that is. A connection lives only
/// as long as the key it was opened with: a rotation ends it (<see cref="PersonConnections"/>), and Watch checks again.
/// </summary>
[Authorize]
public sealed class AuditHub(IGrainFactory grains, AccessKeyCheck keys, PersonConnections connections, WatchedRelationships watched) : Hub
{
    public const string Path = "/hubs/audit";

    public override async Task OnConnectedAsync()
    {
        var user = Context.User!;
        connections.Add(user.PersonId(), Context);

        // A rotation that ended this person's connections between the key's check and the line above missed this one.
        if (!await keys.IsCurrent(user.PersonId(), user.KeyHash()))
        {
            Context.Abort();
        }

        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Remove(Context.User!.PersonId(), Context);
        watched.Forget(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>
    /// Returns the caller's view and subscribes this connection to the relationship's events: those for every watcher,
    /// and those for this person alone (their copy of a reveal).
    /// </summary>
    [SafeToRetry]
    public async Task<RelationshipView> Watch(Guid relationshipId)
    {
        var relationship = grains.ByGuid<IRelationshipGrain>(relationshipId);
        var personId = Context.User!.PersonId();

        // A host that missed a rotation's notice still stops here once its confirmation of the old key expires.
        if (!await keys.IsCurrent(personId, Context.User!.KeyHash()))
        {
            Context.Abort();
            throw new HubException("This personal link has been replaced by a new one.");
        }

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
}
