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
        sessions.MapPut("/{sessionId:guid}/room", StepRoom)
            .AcceptsJson<RoomStepChoice>()
            .Produces<SessionView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        sessions.MapGet("/{sessionId:guid}/family-summary", FamilySummary)
            .Produces<FamilySummary>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return sessions;
    }

    private static async Task<IResult> StepRoom(Guid sessionId, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (choice, problem) = await JsonBody.Read<RoomStepChoice>(request);
        if (problem is not null)
        {
            return problem;
        }

        if (choice!.PairId is not { } pairId)
        {
            return Invalid("pairId", "Please choose a pair of this session.");
        }

        if (choice.Step is not { } step)
        {
            return Invalid("step", "Please choose the starting points or one of the four dimensions.");
        }

        return TypedResults.Ok(await grains.ByGuid<ISessionGrain>(sessionId).StepRoom(user.PersonId(), pairId, step));
    }

    private static async Task<IResult> FamilySummary(Guid sessionId, string? checkIn, ClaimsPrincipal user, IGrainFactory grains)
    {
        int? number = null;
        if (checkIn is not null)
        {
            if (!int.TryParse(checkIn, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return Invalid("checkIn", "Please give the check-in as a whole number.");
            }

            number = parsed;
        }

        return TypedResults.Ok(await grains.ByGuid<ISessionGrain>(sessionId).GetFamilySummary(user.PersonId(), number));
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Some answers need another look.");

    /// <summary>The pair the shared screen shows, and its step.</summary>
    public sealed record RoomStepChoice(Guid? PairId, RoomStep? Step);
}
