using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Reciprocity.Host.Api.Sessions;
using Reciprocity.Host.Authentication;
using Reciprocity.People;
using Reciprocity.Practice;
using Reciprocity.Sessions;

namespace Reciprocity.Host.Api.Practice;

/// <summary>A facilitator's practice: saying they facilitate, households, their sessions over time, closing a client, the export.</summary>
public static class PracticeApi
{
    public static RouteGroupBuilder MapPractice(this RouteGroupBuilder api)
    {
        var practice = api.MapGroup("/practice");
        practice.MapGet("/", Home)
            .Produces<PracticeHome>()
            .ProducesValidationProblem();

        practice.MapPut("/", SetFacilitates)
            .AcceptsJson<Facilitating>()
            .Produces<PracticeHome>()
            .ProducesValidationProblem();

        practice.MapPost("/households", AddHousehold)
            .RequireRateLimiting(RateLimits.RelationshipCreation)
            .AcceptsJson<NewHousehold>()
            .Produces<HouseholdView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        practice.MapPatch("/households/{householdId:guid}", ChangeHousehold)
            .AcceptsJson<HouseholdChanges>()
            .Produces<HouseholdView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        practice.MapDelete("/households/{householdId:guid}", async (Guid householdId, ClaimsPrincipal user, IGrainFactory grains) =>
        {
            await Practice(grains, user).DeleteHousehold(householdId);
            return TypedResults.NoContent();
        })
            .SafeToRetry()
            .ProducesProblem(StatusCodes.Status404NotFound);

        practice.MapPost("/households/{householdId:guid}/sessions", StartSession)
            .RequireRateLimiting(RateLimits.RelationshipCreation)
            .AcceptsJson<NewHouseholdSession>()
            .Produces<StartedSessionLinks>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        practice.MapGet("/households/{householdId:guid}/movement", (Guid householdId, ClaimsPrincipal user, IGrainFactory grains) =>
            Practice(grains, user).GetMovement(householdId))
            .Produces<HouseholdMovement>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        practice.MapGet("/export", Export)
            .Produces<PracticeExport>(StatusCodes.Status200OK, "application/json");
        return api;
    }

    private static async Task<IResult> Home(string? archived, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (archived is not (null or "true" or "false"))
        {
            return Invalid("archived", "Please say true or false.");
        }

        return TypedResults.Ok(await Practice(grains, user).GetHome(archived == "true"));
    }

    private static async Task<IResult> SetFacilitates(HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (body, problem) = await JsonBody.Read<Facilitating>(request);
        if (problem is not null)
        {
            return problem;
        }

        return body!.Facilitates is { } facilitates
            ? TypedResults.Ok(await Practice(grains, user).SetFacilitates(facilitates))
            : Invalid("facilitates", "Please say true or false.");
    }

    private static async Task<IResult> AddHousehold(HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (body, problem) = await JsonBody.Read<NewHousehold>(request);
        if (problem is not null)
        {
            return problem;
        }

        if (body!.Kind is not { } kind)
        {
            return Invalid("kind", "Please choose a couple or a family.");
        }

        var household = await Practice(grains, user).AddHousehold(body.Name ?? "", kind);
        return TypedResults.Created($"/api/practice/households/{household.HouseholdId}", household);
    }

    private static async Task<IResult> ChangeHousehold(Guid householdId, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (body, problem) = await JsonBody.Read<HouseholdChanges>(request);
        if (problem is not null)
        {
            return problem;
        }

        if (body!.ClearNextSession == true && body.NextSession is not null)
        {
            return Invalid("nextSession", "Please either agree a day or clear it, not both.");
        }

        var change = new HouseholdChange(body.Name, body.NextSession, body.ClearNextSession == true, body.Archived);
        return TypedResults.Ok(await Practice(grains, user).ChangeHousehold(householdId, change));
    }

    private static async Task<IResult> StartSession(Guid householdId, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (body, problem) = await JsonBody.Read<NewHouseholdSession>(request);
        if (problem is not null)
        {
            return problem;
        }

        var profile = await grains.ByGuid<IPersonGrain>(user.PersonId()).GetProfile();
        var started = await Practice(grains, user).StartSession(householdId, body!.Title ?? "", profile.DisplayName);
        return TypedResults.Created(
            $"/api/sessions/{started.Session.SessionId}",
            new StartedSessionLinks(started.Session, [.. started.CarriedSeats.Select(seat => SeatLink.Of(request, seat))]));
    }

    /// <summary>The whole practice, written household by household as each is read, so a large practice never sits in memory.</summary>
    private static async Task Export(HttpContext context, ClaimsPrincipal user, IGrainFactory grains)
    {
        var practice = Practice(grains, user);
        var index = await practice.GetIndex();
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"practice.json\"";
        await using var writer = new Utf8JsonWriter(context.Response.BodyWriter.AsStream());
        writer.WriteStartObject();
        writer.WriteBoolean("facilitates", index.Facilitates);
        writer.WriteString("exportedAt", DateTimeOffset.UtcNow);
        writer.WriteStartArray("households");
        foreach (var householdId in index.Households)
        {
            HouseholdRecord record;
            try
            {
                record = await practice.ExportHousehold(householdId);
            }
            catch (AuditRuleException gone) when (gone.Failure == RuleFailure.NotFound)
            {
                continue; // Deleted while the export ran.
            }

            JsonSerializer.Serialize(writer, record, ReciprocityJson.Options);
            await writer.FlushAsync(context.RequestAborted);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Some answers need another look.");

    private static IPracticeGrain Practice(IGrainFactory grains, ClaimsPrincipal user) => grains.ByGuid<IPracticeGrain>(user.PersonId());

    public sealed record Facilitating(bool? Facilitates);

    public sealed record NewHousehold(string? Name, SessionKind? Kind);

    /// <summary>Each field may be left out; a field left out stays as it is.</summary>
    public sealed record HouseholdChanges(string? Name, DateOnly? NextSession, bool? ClearNextSession, bool? Archived);

    public sealed record NewHouseholdSession(string? Title);

    public sealed record StartedSessionLinks(SessionView Session, IReadOnlyList<SeatLink> CarriedSeats);

    /// <summary>The export's shape, for the OpenAPI document; it is written as it is read.</summary>
    public sealed record PracticeExport(bool Facilitates, DateTimeOffset ExportedAt, IReadOnlyList<HouseholdRecord> Households);
}
