using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
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
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);

        api.MapPost("/invites/{inviteCode}/accept", async (string inviteCode, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await grains.ByGuid<IPersonGrain>(user.PersonId()).AcceptInvite(inviteCode)))
            .RequireRateLimiting(RateLimits.Creation)
            .SafeToRetry()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone);
        return api;
    }

    private static async Task<Ok<InviteInvitation>> Describe(string inviteCode, IGrainFactory grains) =>
        SecretCode.TryRead(inviteCode, out var relationshipId, out var inviteHash)
            ? TypedResults.Ok(await grains.ByGuid<IRelationshipGrain>(relationshipId).DescribeInvite(inviteHash))
            : throw AuditRuleException.NotFound();
}
