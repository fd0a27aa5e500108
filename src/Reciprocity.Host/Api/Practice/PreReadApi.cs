using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Reciprocity.Host.Authentication;
using Reciprocity.Sessions;

namespace Reciprocity.Host.Api.Practice;

/// <summary>A session's beginning in the room, and the pre-read: a participant's consent, and what the facilitator may read with it.</summary>
public static class PreReadApi
{
    public static RouteGroupBuilder MapPreReads(this RouteGroupBuilder api)
    {
        var sessions = api.MapGroup("/sessions");
        sessions.MapPost("/{sessionId:guid}/begin", async (Guid sessionId, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Session(grains, sessionId).Begin(user.PersonId())))
            .ProducesProblem(StatusCodes.Status404NotFound);

        sessions.MapPut("/{sessionId:guid}/pre-read", async (Guid sessionId, Body<PreReadConsent> consent, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Session(grains, sessionId).SharePreRead(user.PersonId(), consent.Value.Shared!.Value)))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        sessions.MapGet("/{sessionId:guid}/pre-reads", async (Guid sessionId, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Session(grains, sessionId).GetPreReads(user.PersonId())))
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static ISessionPractice Session(IGrainFactory grains, Guid id) => grains.ByGuid<ISessionPractice>(id);

    public sealed record PreReadConsent(bool? Shared) : ICheckedBody
    {
        public AuditRuleException? Check() => Shared is null ? AuditRuleException.Invalid("shared", "problem.sayTrueOrFalse") : null;
    }
}
