using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Reciprocity.Host.Api;
using Reciprocity.Host.Api.Relationships;
using Reciprocity.Host.Authentication;
using Reciprocity.Host.Realtime;
using Reciprocity.Realtime;
using Reciprocity.Relationships;
using Reciprocity.Sessions;

namespace Reciprocity.Host.Hubs;

/// <summary>
/// Live updates of relationships and sessions. Only a participant (or a session's facilitator) may watch; the grains
/// decide who that is. A connection lives only as long as the key it was opened with: a rotation ends it
/// (<see cref="PersonConnections"/>), and Watch and every round's step (AuditHub.RoundSteps.cs) check again. A grain's
/// refusal is answered by <see cref="HubRefusals"/>.
/// </summary>
[Authorize]
public sealed partial class AuditHub(IGrainFactory grains, AccessKeyCheck keys, PersonConnections connections, WatchedRelationships watched, RoundSteps steps) : Hub
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
        var personId = await CurrentPerson();

        // Asked first so a non-participant never joins the groups, and again after joining so no event falls in between.
        await relationship.GetView(personId);
        await Groups.AddToGroupAsync(Context.ConnectionId, Audiences.Relationship(relationshipId));
        await Groups.AddToGroupAsync(Context.ConnectionId, Audiences.Viewer(relationshipId, personId));
        watched.Add(Context.ConnectionId, relationshipId);
        return await relationship.GetView(personId);
    }

    /// <summary>
    /// Returns the caller's copy of the session and subscribes this connection to its events for the caller's role: its
    /// changes, and for the facilitator alone the board and released pairs. The session grain decides who may watch.
    /// </summary>
    [SafeToRetry]
    public async Task<SessionView> WatchSession(Guid sessionId)
    {
        var session = grains.ByGuid<ISessionGrain>(sessionId);
        var personId = await CurrentPerson();

        var view = await session.GetView(personId);
        await Groups.AddToGroupAsync(Context.ConnectionId, Audiences.Session(sessionId));
        if (view.Role == SessionRole.Facilitator)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, Audiences.Facilitator(sessionId));
        }

        view = await session.GetView(personId);

        // After a silo loss the pairs announce where they stand again, to the facilitator too.
        foreach (var relationshipId in view.Pairs.Select(pair => pair.RelationshipId).OfType<Guid>())
        {
            watched.Add(Context.ConnectionId, relationshipId);
        }

        return view;
    }

    /// <summary>
    /// The caller, once their key is still the current one. A host that missed a rotation's notice still stops here
    /// once its confirmation of the old key expires, and ends the connection.
    /// </summary>
    private async Task<Guid> CurrentPerson()
    {
        var personId = Context.User!.PersonId();
        if (!await keys.IsCurrent(personId, Context.User!.KeyHash()))
        {
            var words = await CallerWords.Of(Context, grains);
            Context.Abort();
            throw new HubException(words["problem.linkReplaced"]);
        }

        return personId;
    }
}
