using System.Security.Claims;
using Reciprocity.Host.Authentication;
using Reciprocity.People;
using Reciprocity.Relationships;

namespace Reciprocity.Host.Api.Invites;

/// <summary>Accepting an invite: the second person joins the relationship.</summary>
public static class InvitesApi
{
    public static RouteGroupBuilder MapInvites(this RouteGroupBuilder api)
    {
        api.MapGet("/invites/{inviteCode}", Describe)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Lookup)
            .Produces<InviteInvitation>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);

        api.MapPost("/invites/{inviteCode}/accept", (string inviteCode, ClaimsPrincipal user, IGrainFactory grains) =>
            grains.ByGuid<IPersonGrain>(user.PersonId()).AcceptInvite(inviteCode))
            .RequireRateLimiting(RateLimits.Creation)
            .SafeToRetry()
            .Produces<RelationshipView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone);
        return api;
    }

    private static Task<InviteInvitation> Describe(string inviteCode, IGrainFactory grains) =>
        SecretCode.TryRead(inviteCode, out var relationshipId, out var inviteHash)
            ? grains.ByGuid<IRelationshipGrain>(relationshipId).DescribeInvite(inviteHash)
            : throw AuditRuleException.NotFound();
}
