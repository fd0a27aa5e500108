using System.Security.Claims;
using Reciprocity.Host.Authentication;
using Reciprocity.Sessions;

namespace Reciprocity.Host.Api.Practice;

/// <summary>A session's beginning in the room, and the pre-read: a participant's consent, and what the facilitator may read with it.</summary>
public static class PreReadApi
{
    public static RouteGroupBuilder MapPreReads(this RouteGroupBuilder api)
    {
        var sessions = api.MapGroup("/sessions");
        sessions.MapPost("/{sessionId:guid}/begin", (Guid sessionId, ClaimsPrincipal user, IGrainFactory grains) =>
            Session(grains, sessionId).Begin(user.PersonId()))
            .Produces<SessionView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        sessions.MapPut("/{sessionId:guid}/pre-read", SharePreRead)
            .AcceptsJson<PreReadConsent>()
            .Produces<SessionView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        sessions.MapGet("/{sessionId:guid}/pre-reads", (Guid sessionId, ClaimsPrincipal user, IGrainFactory grains) =>
            Session(grains, sessionId).GetPreReads(user.PersonId()))
            .Produces<PreReads>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> SharePreRead(Guid sessionId, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (body, problem) = await JsonBody.Read<PreReadConsent>(request);
        if (problem is not null)
        {
            return problem;
        }

        return body!.Shared is { } shared
            ? TypedResults.Ok(await Session(grains, sessionId).SharePreRead(user.PersonId(), shared))
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["shared"] = ["Please say true or false."] }, title: "Some answers need another look.");
    }

    private static ISessionPractice Session(IGrainFactory grains, Guid id) => grains.ByGuid<ISessionPractice>(id);

    public sealed record PreReadConsent(bool? Shared);
}
