using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Reciprocity.Host.Authentication;
using Reciprocity.Host.Words;
using Reciprocity.People;
using Reciprocity.Relationships;

namespace Reciprocity.Host.Api.Relationships;

/// <summary>After the reveal (issue 13): traces of the conversation, the history in pages and as a timeline, and the next check-in.</summary>
public static class ConversationApi
{
    private const int DefaultPage = 20;

    public static RouteGroupBuilder MapConversation(this RouteGroupBuilder api)
    {
        var relationship = api.MapGroup("/relationships/{relationshipId:guid}");
        relationship.MapPut("/rounds/{number:int}/appreciation", async (Guid relationshipId, int number, Body<TraceText> trace, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Conversation(grains, relationshipId).SetAppreciation(user.PersonId(), number, trace.Value.Text!)))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        relationship.MapPut("/rounds/{number:int}/small-thing", async (Guid relationshipId, int number, Body<TraceText> trace, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Conversation(grains, relationshipId).SetSmallThing(user.PersonId(), number, trace.Value.Text!)))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        relationship.MapGet("/history", History)
            .ProducesProblem(StatusCodes.Status404NotFound);

        relationship.MapGet("/timeline", async (Guid relationshipId, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Conversation(grains, relationshipId).GetTimeline(user.PersonId())))
            .ProducesProblem(StatusCodes.Status404NotFound);

        relationship.MapPut("/next-check-in", async (Guid relationshipId, Body<CheckInDate> day, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Conversation(grains, relationshipId).ProposeNextCheckIn(user.PersonId(), day.Value.Date!.Value)))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        // A second agreement by the same person changes nothing.
        relationship.MapPost("/next-check-in/accept", async (Guid relationshipId, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Conversation(grains, relationshipId).AcceptNextCheckIn(user.PersonId())))
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
            .Produces<string>(StatusCodes.Status200OK, CheckInCalendar.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<Ok<HistoryPage>, ValidationProblem>> History(Guid relationshipId, string? before, string? limit, ClaimsPrincipal user, IGrainFactory grains, HttpRequest request)
    {
        int? start = null;
        if (before is not null)
        {
            if (!int.TryParse(before, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed < 1)
            {
                return Problems.Field(request, "before", "problem.roundNumber");
            }

            start = parsed;
        }

        var count = DefaultPage;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > 50))
        {
            return Problems.Field(request, "limit", "problem.roundsAtATime");
        }

        return TypedResults.Ok(await Conversation(grains, relationshipId).GetHistory(user.PersonId(), start, count));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CalendarFile(Guid relationshipId, ClaimsPrincipal user, IGrainFactory grains, TimeProvider time, HttpRequest request)
    {
        var next = await Conversation(grains, relationshipId).GetNextCheckIn(user.PersonId());
        if (next is not { Agreed: true })
        {
            return Problems.Said(request, StatusCodes.Status404NotFound, "problem.noCheckInAgreed");
        }

        // In the language of the person who downloads it (issue 23).
        var words = HostWords.For(await grains.ByGuid<IPersonGrain>(user.PersonId()).GetLanguage());
        var calendar = CheckInCalendar.Write(relationshipId, next.Date, time.GetUtcNow(), words);
        return TypedResults.File(Encoding.UTF8.GetBytes(calendar), CheckInCalendar.ContentType, "next-check-in.ics");
    }

    private static IRelationshipConversation Conversation(IGrainFactory grains, Guid id) => grains.ByGuid<IRelationshipConversation>(id);

    public sealed record TraceText(string? Text) : ICheckedBody
    {
        public AuditRuleException? Check() => Text is null ? AuditRuleException.Invalid("text", "problem.traceText") : null;
    }

    public sealed record CheckInDate(DateOnly? Date) : ICheckedBody
    {
        public AuditRuleException? Check() => Date is null ? AuditRuleException.Invalid("date", "problem.checkInDay") : null;
    }
}

/// <summary>An agreed check-in as an all-day calendar event (RFC 5545): a date and a plain title in the person's language, nobody's words.</summary>
internal static class CheckInCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Write(Guid relationshipId, DateOnly date, DateTimeOffset now, HostWords words)
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
            $"SUMMARY;LANGUAGE={words.Language}:{Text(words["calendar.summary"])}",
            $"DESCRIPTION;LANGUAGE={words.Language}:{Text(words["calendar.description"])}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
            "END:VCALENDAR",
        };
        return string.Join("\r\n", lines) + "\r\n";
    }

    // A TEXT value (RFC 5545 3.3.11): a backslash, a semicolon and a comma are escaped.
    private static string Text(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal);
}
