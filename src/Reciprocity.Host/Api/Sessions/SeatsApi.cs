using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Reciprocity.Host.Authentication;
using Reciprocity.People;
using Reciprocity.Sessions;

namespace Reciprocity.Host.Api.Sessions;

/// <summary>A seat link: what the seat page shows before it is taken, and taking it.</summary>
public static class SeatsApi
{
    public static RouteGroupBuilder MapSeats(this RouteGroupBuilder api)
    {
        api.MapGet("/seats/{seatCode}", Describe)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Lookup)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);

        api.MapPost("/seats/{seatCode}/claim", async (string seatCode, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await grains.ByGuid<IPersonGrain>(user.PersonId()).ClaimSeat(seatCode)))
            .RequireRateLimiting(RateLimits.Creation)
            .SafeToRetry()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone);
        return api;
    }

    private static async Task<Ok<SeatInvitation>> Describe(string seatCode, IGrainFactory grains) =>
        SecretCode.TryRead(seatCode, out var sessionId, out var seatHash)
            ? TypedResults.Ok(await grains.ByGuid<ISessionGrain>(sessionId).DescribeSeat(seatHash))
            : throw AuditRuleException.NotFound();
}
