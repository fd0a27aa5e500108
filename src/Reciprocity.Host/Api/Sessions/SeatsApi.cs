using System.Security.Claims;
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
            .Produces<SeatInvitation>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);

        api.MapPost("/seats/{seatCode}/claim", (string seatCode, ClaimsPrincipal user, IGrainFactory grains) =>
            grains.ByGuid<IPersonGrain>(user.PersonId()).ClaimSeat(seatCode))
            .RequireRateLimiting(RateLimits.Creation)
            .SafeToRetry()
            .Produces<SessionView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone);
        return api;
    }

    private static Task<SeatInvitation> Describe(string seatCode, IGrainFactory grains) =>
        SecretCode.TryRead(seatCode, out var sessionId, out var seatHash)
            ? grains.ByGuid<ISessionGrain>(sessionId).DescribeSeat(seatHash)
            : throw AuditRuleException.NotFound();
}
