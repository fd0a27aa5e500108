using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Reciprocity.Host.Api.Safety;
using Reciprocity.Host.Authentication;
using Reciprocity.Host.Hosting;
using Reciprocity.People;
using Reciprocity.Relationships;
using Reciprocity.Sessions;

namespace Reciprocity.Host.Api.Sessions;

/// <summary>A facilitated session: opening it, seats, pairs, releases, the facilitator's notes, check-ins and the report.</summary>
public static class SessionsApi
{
    public static RouteGroupBuilder MapSessions(this RouteGroupBuilder api)
    {
        var sessions = api.MapGroup("/sessions");
        sessions.MapPost("/", Create)
            .RequireRateLimiting(RateLimits.RelationshipCreation)
            .ProducesProblem(StatusCodes.Status409Conflict);

        sessions.MapGet("/{sessionId:guid}", async (Guid sessionId, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Session(grains, sessionId).GetView(user.PersonId())))
            .ProducesProblem(StatusCodes.Status404NotFound);

        sessions.MapPost("/{sessionId:guid}/participants", AddParticipant)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        sessions.MapPost("/{sessionId:guid}/seats/{seatId:guid}/code", async (Guid sessionId, Guid seatId, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(SeatLink.Of(request, await Session(grains, sessionId).ReissueSeat(user.PersonId(), seatId))))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        sessions.MapDelete("/{sessionId:guid}/seats/{seatId:guid}", async (Guid sessionId, Guid seatId, ClaimsPrincipal user, IGrainFactory grains) =>
        {
            await Session(grains, sessionId).RevokeSeat(user.PersonId(), seatId);
            return TypedResults.NoContent();
        })
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        sessions.MapPut("/{sessionId:guid}/pairs", ChoosePairs)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        sessions.MapPost("/{sessionId:guid}/pairs/{pairId:guid}/release", async (Guid sessionId, Guid pairId, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Session(grains, sessionId).Release(user.PersonId(), pairId)))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        sessions.MapPost("/{sessionId:guid}/pairs/{pairId:guid}/leave-out", async (Guid sessionId, Guid pairId, Body<LeftOut> leftOut, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Session(grains, sessionId).LeaveOut(user.PersonId(), pairId, leftOut.Value.Reason)))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        sessions.MapPost("/{sessionId:guid}/release-ready", async (Guid sessionId, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(new ReleasedPairs(await Session(grains, sessionId).ReleaseReady(user.PersonId()))))
            .ProducesProblem(StatusCodes.Status404NotFound);

        sessions.MapGet("/{sessionId:guid}/pairs/{pairId:guid}", async (Guid sessionId, Guid pairId, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Session(grains, sessionId).GetPair(user.PersonId(), pairId)))
            .ProducesProblem(StatusCodes.Status404NotFound);

        sessions.MapPut("/{sessionId:guid}/notes", async (Guid sessionId, Body<FacilitatorNotes> notes, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Session(grains, sessionId).SaveNotes(user.PersonId(), notes.Value.Notes ?? "")))
            .ProducesProblem(StatusCodes.Status404NotFound);

        sessions.MapPost("/{sessionId:guid}/check-ins", async (Guid sessionId, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Session(grains, sessionId).StartCheckIn(user.PersonId())))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        sessions.MapGet("/{sessionId:guid}/report", Report)
            .Produces<string>(StatusCodes.Status200OK, SessionReportMarkdown.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);

        sessions.MapRoom();

        sessions.MapPost("/{sessionId:guid}/leave", async (Guid sessionId, ClaimsPrincipal user, IGrainFactory grains) =>
        {
            await grains.ByGuid<IPersonGrain>(user.PersonId()).LeaveSession(sessionId);
            return TypedResults.NoContent();
        })
            .ErasesWords()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return api;
    }

    private static async Task<Created<SessionView>> Create(Body<NewSession> body, ClaimsPrincipal user, IGrainFactory grains)
    {
        var session = body.Value;
        var view = await grains.ByGuid<IPersonGrain>(user.PersonId()).OpenSession(session.Title ?? "", session.Kind!.Value);
        return TypedResults.Created($"/api/sessions/{view.SessionId}", view);
    }

    private static async Task<Created<SeatLink>> AddParticipant(Guid sessionId, Body<NewParticipant> participant, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var seat = await Session(grains, sessionId).AddParticipant(user.PersonId(), participant.Value.Name ?? "");
        return TypedResults.Created($"/api/sessions/{sessionId}", SeatLink.Of(request, seat));
    }

    private static async Task<Ok<SessionView>> ChoosePairs(Guid sessionId, Body<PairChoice> choice, ClaimsPrincipal user, IGrainFactory grains)
    {
        var pairs = choice.Value.Pairs?.Select(pair => new SeatPair(pair[0], pair[1])).ToList();
        return TypedResults.Ok(await Session(grains, sessionId).ChoosePairs(user.PersonId(), pairs));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> Report(Guid sessionId, string? checkIn, string? notes, ClaimsPrincipal user, IGrainFactory grains, HttpRequest request)
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

        if (notes is not (null or "true" or "false"))
        {
            return Problems.Field(request, "notes", "problem.sayTrueOrFalse");
        }

        var report = await Session(grains, sessionId).GetReport(user.PersonId(), number);
        var language = await grains.ByGuid<IPersonGrain>(user.PersonId()).GetLanguage();
        var markdown = SessionReportMarkdown.Write(report, includeNotes: notes == "true", language);
        return TypedResults.File(Encoding.UTF8.GetBytes(markdown), SessionReportMarkdown.ContentType, "session-report.md");
    }

    private static ISessionGrain Session(IGrainFactory grains, Guid id) => grains.ByGuid<ISessionGrain>(id);

    public sealed record NewSession(string? Title, SessionKind? Kind) : ICheckedBody
    {
        public AuditRuleException? Check() => Kind is null ? AuditRuleException.Invalid("kind", "refusal.session.chooseKind") : null;
    }

    public sealed record NewParticipant(string? Name);

    /// <summary>The pairs, two seats each; or <c>everyPair</c> alone, for every pair the seats make.</summary>
    public sealed record PairChoice(Guid[][]? Pairs, bool? EveryPair) : ICheckedBody
    {
        public AuditRuleException? Check() =>
            (EveryPair == true && Pairs is null) || (EveryPair != true && Pairs is not null && Pairs.All(pair => pair is { Length: 2 }))
                ? null
                : AuditRuleException.Invalid("pairs", "problem.listPairs");
    }

    public sealed record FacilitatorNotes(string? Notes);

    /// <summary>Why a pair is left out, for the facilitator alone; may be left out of the body.</summary>
    public sealed record LeftOut(string? Reason);

    public sealed record ReleasedPairs(IReadOnlyList<ReleasedRound> Released);
}

/// <summary>A seat's one-time code and the link to the seat page that claims it.</summary>
public sealed record SeatLink(Guid SeatId, string SeatCode, string SeatUrl)
{
    public static SeatLink Of(HttpRequest request, IssuedSeat seat)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(seat);

        // From the configured public address, never from the request's Host header.
        var links = request.HttpContext.RequestServices.GetRequiredService<PublicLinks>();
        return new(seat.SeatId, seat.SeatCode, links.Seat(seat.SeatCode));
    }
}
