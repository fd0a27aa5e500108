using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Reciprocity.Host.Authentication;
using Reciprocity.Sessions;

namespace Reciprocity.Host.Api.Sessions;

/// <summary>The room: stepping the shared screen, and a family's summary across its opened pairs.</summary>
public static class RoomApi
{
    public static RouteGroupBuilder MapRoom(this RouteGroupBuilder sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        sessions.MapPut("/{sessionId:guid}/room", async (Guid sessionId, Body<RoomStepChoice> choice, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await grains.ByGuid<ISessionGrain>(sessionId).StepRoom(user.PersonId(), choice.Value.PairId!.Value, choice.Value.Step!.Value)))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        sessions.MapGet("/{sessionId:guid}/family-summary", FamilySummary)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return sessions;
    }

    private static async Task<Results<Ok<FamilySummary>, ValidationProblem>> FamilySummary(Guid sessionId, string? checkIn, ClaimsPrincipal user, IGrainFactory grains, HttpRequest request)
    {
        int? number = null;
        if (checkIn is not null)
        {
            if (!int.TryParse(checkIn, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return Problems.Field(request, "checkIn", "problem.checkInNumber");
            }

            number = parsed;
        }

        return TypedResults.Ok(await grains.ByGuid<ISessionGrain>(sessionId).GetFamilySummary(user.PersonId(), number));
    }

    /// <summary>The pair the shared screen shows, and its step.</summary>
    public sealed record RoomStepChoice(Guid? PairId, RoomStep? Step) : ICheckedBody
    {
        public AuditRuleException? Check() =>
            PairId is null ? AuditRuleException.Invalid("pairId", "refusal.room.choosePair")
            : Step is null ? AuditRuleException.Invalid("step", "refusal.room.chooseStep")
            : null;
    }
}
