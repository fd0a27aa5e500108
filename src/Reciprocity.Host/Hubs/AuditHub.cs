using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Reciprocity.Host.Api;
using Reciprocity.Host.Authentication;
using Reciprocity.Relationships;

namespace Reciprocity.Host.Hubs;

/// <summary>Live updates of relationships. Only a participant may watch; the grain decides who that is.</summary>
[Authorize]
public sealed class AuditHub(IGrainFactory grains) : Hub
{
    public const string Path = "/hubs/audit";

    public static string GroupOf(Guid relationshipId) => $"relationship:{relationshipId:N}";

    /// <summary>Returns the caller's view and subscribes this connection to the relationship's events.</summary>
    [SafeToRetry]
    public async Task<RelationshipView> Watch(Guid relationshipId)
    {
        var relationship = grains.ByGuid<IRelationshipGrain>(relationshipId);
        var personId = Context.User!.PersonId();
        try
        {
            // Asked first so a non-participant never joins the group, and again after joining so no event falls in between.
            await relationship.GetView(personId);
            await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(relationshipId));
            return await relationship.GetView(personId);
        }
        catch (AuditRuleException refusal)
        {
            throw new HubException(refusal.Message);
        }
    }
}
