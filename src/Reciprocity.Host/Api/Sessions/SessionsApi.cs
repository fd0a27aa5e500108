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
            .AcceptsJson<NewSession>()
            .Produces<SessionView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        sessions.MapGet("/{sessionId:guid}", (Guid sessionId, ClaimsPrincipal user, IGrainFactory grains) =>
            Session(grains, sessionId).GetView(user.PersonId()))
            .Produces<SessionView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        sessions.MapPost("/{sessionId:guid}/participants", AddParticipant)
            .AcceptsJson<NewParticipant>()
            .Produces<SeatLink>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        sessions.MapPost("/{sessionId:guid}/seats/{seatId:guid}/code", async (Guid sessionId, Guid seatId, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
            SeatLink.Of(request, await Session(grains, sessionId).ReissueSeat(user.PersonId(), seatId)))
            .Produces<SeatLink>()
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
            .AcceptsJson<PairChoice>()
            .Produces<SessionView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        sessions.MapPost("/{sessionId:guid}/pairs/{pairId:guid}/release", (Guid sessionId, Guid pairId, ClaimsPrincipal user, IGrainFactory grains) =>
            Session(grains, sessionId).Release(user.PersonId(), pairId))
            .Produces<ReleasedRound>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        sessions.MapPost("/{sessionId:guid}/pairs/{pairId:guid}/leave-out", LeaveOut)
            .AcceptsJson<LeftOut>()
            .Produces<SessionView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        sessions.MapPost("/{sessionId:guid}/release-ready", async (Guid sessionId, ClaimsPrincipal user, IGrainFactory grains) =>
            new ReleasedPairs(await Session(grains, sessionId).ReleaseReady(user.PersonId())))
            .Produces<ReleasedPairs>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        sessions.MapGet("/{sessionId:guid}/pairs/{pairId:guid}", (Guid sessionId, Guid pairId, ClaimsPrincipal user, IGrainFactory grains) =>
            Session(grains, sessionId).GetPair(user.PersonId(), pairId))
            .Produces<PairRounds>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        sessions.MapPut("/{sessionId:guid}/notes", SaveNotes)
            .AcceptsJson<FacilitatorNotes>()
            .Produces<SessionView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        sessions.MapPost("/{sessionId:guid}/check-ins", (Guid sessionId, ClaimsPrincipal user, IGrainFactory grains) =>
            Session(grains, sessionId).StartCheckIn(user.PersonId()))
            .Produces<SessionView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        sessions.MapGet("/{sessionId:guid}/report", Report)
            .Produces<string>(StatusCodes.Status200OK, SessionReportMarkdown.ContentType)
            .ProducesValidationProblem()
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

    private static async Task<IResult> Create(HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (session, problem) = await JsonBody.Read<NewSession>(request);
        if (problem is not null)
        {
            return problem;
        }

        if (session!.Kind is not { } kind)
        {
            return Invalid("kind", "Please choose a couple or a family session.");
        }

        var view = await grains.ByGuid<IPersonGrain>(user.PersonId()).OpenSession(session.Title ?? "", kind);
        return TypedResults.Created($"/api/sessions/{view.SessionId}", view);
    }

    private static async Task<IResult> AddParticipant(Guid sessionId, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (participant, problem) = await JsonBody.Read<NewParticipant>(request);
        if (problem is not null)
        {
            return problem;
        }

        var seat = await Session(grains, sessionId).AddParticipant(user.PersonId(), participant!.Name ?? "");
        return TypedResults.Created($"/api/sessions/{sessionId}", SeatLink.Of(request, seat));
    }

    private static async Task<IResult> ChoosePairs(Guid sessionId, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (choice, problem) = await JsonBody.Read<PairChoice>(request);
        if (problem is not null)
        {
            return problem;
        }

        if (choice!.EveryPair == true && choice.Pairs is null)
        {
            return TypedResults.Ok(await Session(grains, sessionId).ChoosePairs(user.PersonId(), null));
        }

        if (choice.EveryPair == true || choice.Pairs is null || choice.Pairs.Any(pair => pair is not { Length: 2 }))
        {
            return Invalid("pairs", "Please list the pairs, two seats each, or ask for every pair.");
        }

        var pairs = choice.Pairs.Select(pair => new SeatPair(pair[0], pair[1])).ToList();
        return TypedResults.Ok(await Session(grains, sessionId).ChoosePairs(user.PersonId(), pairs));
    }

    private static async Task<IResult> SaveNotes(Guid sessionId, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (notes, problem) = await JsonBody.Read<FacilitatorNotes>(request);
        return problem ?? TypedResults.Ok(await Session(grains, sessionId).SaveNotes(user.PersonId(), notes!.Notes ?? ""));
    }

    private static async Task<IResult> LeaveOut(Guid sessionId, Guid pairId, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (leftOut, problem) = await JsonBody.Read<LeftOut>(request);
        return problem ?? TypedResults.Ok(await Session(grains, sessionId).LeaveOut(user.PersonId(), pairId, leftOut!.Reason));
    }

    private static async Task<IResult> Report(Guid sessionId, string? checkIn, string? notes, ClaimsPrincipal user, IGrainFactory grains)
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

        if (notes is not (null or "true" or "false"))
        {
            return Invalid("notes", "Please say true or false.");
        }

        var report = await Session(grains, sessionId).GetReport(user.PersonId(), number);
        var markdown = SessionReportMarkdown.Write(report, includeNotes: notes == "true");
        return TypedResults.File(Encoding.UTF8.GetBytes(markdown), SessionReportMarkdown.ContentType, "session-report.md");
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Some answers need another look.");

    private static ISessionGrain Session(IGrainFactory grains, Guid id) => grains.ByGuid<ISessionGrain>(id);

    public sealed record NewSession(string? Title, SessionKind? Kind);

    public sealed record NewParticipant(string? Name);

    public sealed record PairChoice(Guid[][]? Pairs, bool? EveryPair);

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
