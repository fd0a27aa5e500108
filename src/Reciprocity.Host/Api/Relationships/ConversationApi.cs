using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Reciprocity.Host.Authentication;
using Reciprocity.Relationships;

namespace Reciprocity.Host.Api.Relationships;

/// <summary>After the reveal (issue 13): traces of the conversation, the history in pages and as a timeline, and the next check-in.</summary>
public static class ConversationApi
{
    private const int DefaultPage = 20;

    public static RouteGroupBuilder MapConversation(this RouteGroupBuilder api)
    {
        var relationship = api.MapGroup("/relationships/{relationshipId:guid}");
        relationship.MapPut("/rounds/{number:int}/appreciation", (Guid relationshipId, int number, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
            WriteTrace(request, text => Conversation(grains, relationshipId).SetAppreciation(user.PersonId(), number, text)))
            .AcceptsJson<TraceText>()
            .Produces<RoundTraces>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        relationship.MapPut("/rounds/{number:int}/small-thing", (Guid relationshipId, int number, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
            WriteTrace(request, text => Conversation(grains, relationshipId).SetSmallThing(user.PersonId(), number, text)))
            .AcceptsJson<TraceText>()
            .Produces<RoundTraces>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        relationship.MapGet("/history", History)
            .Produces<HistoryPage>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        relationship.MapGet("/timeline", (Guid relationshipId, ClaimsPrincipal user, IGrainFactory grains) =>
            Conversation(grains, relationshipId).GetTimeline(user.PersonId()))
            .Produces<Timeline>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        relationship.MapPut("/next-check-in", ProposeNextCheckIn)
            .AcceptsJson<CheckInDate>()
            .Produces<RelationshipView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        // A second agreement by the same person changes nothing.
        relationship.MapPost("/next-check-in/accept", (Guid relationshipId, ClaimsPrincipal user, IGrainFactory grains) =>
            Conversation(grains, relationshipId).AcceptNextCheckIn(user.PersonId()))
            .Produces<RelationshipView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .SafeToRetry();

        relationship.MapDelete("/next-check-in", async (Guid relationshipId, ClaimsPrincipal user, IGrainFactory grains) =>
            {
                await Conversation(grains, relationshipId).WithdrawNextCheckIn(user.PersonId());
                return TypedResults.NoContent();
            })
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        relationship.MapGet("/next-check-in.ics", CalendarFile)
            .Produces(StatusCodes.Status200OK, contentType: CheckInCalendar.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> WriteTrace(HttpRequest request, Func<string, Task<RoundTraces>> write)
    {
        var (body, problem) = await JsonBody.Read<TraceText>(request);
        if (problem is not null)
        {
            return problem;
        }

        return body!.Text is { } text ? TypedResults.Ok(await write(text)) : Invalid("text", "Please write something, or send an empty text to take it back.");
    }

    private static async Task<IResult> History(Guid relationshipId, string? before, string? limit, ClaimsPrincipal user, IGrainFactory grains)
    {
        int? start = null;
        if (before is not null)
        {
            if (!int.TryParse(before, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed < 1)
            {
                return Invalid("before", "Please give a round's number, 1 or more.");
            }

            start = parsed;
        }

        var count = DefaultPage;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > 50))
        {
            return Invalid("limit", "Please ask for 1 to 50 rounds at a time.");
        }

        return TypedResults.Ok(await Conversation(grains, relationshipId).GetHistory(user.PersonId(), start, count));
    }

    private static async Task<IResult> ProposeNextCheckIn(Guid relationshipId, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (body, problem) = await JsonBody.Read<CheckInDate>(request);
        if (problem is not null)
        {
            return problem;
        }

        return body!.Date is { } date
            ? TypedResults.Ok(await Conversation(grains, relationshipId).ProposeNextCheckIn(user.PersonId(), date))
            : Invalid("date", "Please choose a day for your next check-in.");
    }

    private static async Task<IResult> CalendarFile(Guid relationshipId, ClaimsPrincipal user, IGrainFactory grains, TimeProvider time)
    {
        var next = await Conversation(grains, relationshipId).GetNextCheckIn(user.PersonId());
        if (next is not { Agreed: true })
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No check-in has been agreed yet.");
        }

        var calendar = CheckInCalendar.Write(relationshipId, next.Date, time.GetUtcNow());
        return TypedResults.File(Encoding.UTF8.GetBytes(calendar), CheckInCalendar.ContentType, "next-check-in.ics");
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Some answers need another look.");

    private static IRelationshipConversation Conversation(IGrainFactory grains, Guid id) => grains.ByGuid<IRelationshipConversation>(id);

    public sealed record TraceText(string? Text);

    public sealed record CheckInDate(DateOnly? Date);
}

/// <summary>An agreed check-in as an all-day calendar event (RFC 5545): a date and a plain title, nobody's words.</summary>
internal static class CheckInCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Write(Guid relationshipId, DateOnly date, DateTimeOffset now)
    {
        var day = date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var lines = new[]
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Reciprocity//Check-in//EN",
            "CALSCALE:GREGORIAN",
            "BEGIN:VEVENT",
            $"UID:{relationshipId:N}-{day}@reciprocity",
            $"DTSTAMP:{now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}",
            $"DTSTART;VALUE=DATE:{day}",
            $"DTEND;VALUE=DATE:{date.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}",
            "SUMMARY:Reciprocity check-in",
            "DESCRIPTION:Time for your next check-in together.",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
            "END:VCALENDAR",
        };
        return string.Join("\r\n", lines) + "\r\n";
    }
}
