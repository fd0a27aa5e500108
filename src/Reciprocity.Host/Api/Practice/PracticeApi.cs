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
        practice.MapGet("/", Home);

        practice.MapPut("/", async (Body<Facilitating> body, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Practice(grains, user).SetFacilitates(body.Value.Facilitates!.Value)));

        practice.MapPost("/households", AddHousehold)
            .RequireRateLimiting(RateLimits.RelationshipCreation)
            .ProducesProblem(StatusCodes.Status409Conflict);

        practice.MapPatch("/households/{householdId:guid}", ChangeHousehold)
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
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        practice.MapGet("/households/{householdId:guid}/movement", async (Guid householdId, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Practice(grains, user).GetMovement(householdId)))
            .ProducesProblem(StatusCodes.Status404NotFound);

        practice.MapGet("/export", Export)
            .Produces<PracticeExport>(StatusCodes.Status200OK, "application/json");
        return api;
    }

    private static async Task<Results<Ok<PracticeHome>, ValidationProblem>> Home(string? archived, ClaimsPrincipal user, IGrainFactory grains, HttpRequest request)
    {
        if (archived is not (null or "true" or "false"))
        {
            return Problems.Field(request, "archived", "problem.sayTrueOrFalse");
        }

        return TypedResults.Ok(await Practice(grains, user).GetHome(archived == "true"));
    }

    private static async Task<Created<HouseholdView>> AddHousehold(Body<NewHousehold> body, ClaimsPrincipal user, IGrainFactory grains)
    {
        var household = await Practice(grains, user).AddHousehold(body.Value.Name ?? "", body.Value.Kind!.Value);
        return TypedResults.Created($"/api/practice/households/{household.HouseholdId}", household);
    }

    private static async Task<Ok<HouseholdView>> ChangeHousehold(Guid householdId, Body<HouseholdChanges> body, ClaimsPrincipal user, IGrainFactory grains)
    {
        var changes = body.Value;
        var change = new HouseholdChange(changes.Name, changes.NextSession, changes.ClearNextSession == true, changes.Archived);
        return TypedResults.Ok(await Practice(grains, user).ChangeHousehold(householdId, change));
    }

    private static async Task<Created<StartedSessionLinks>> StartSession(Guid householdId, Body<NewHouseholdSession> body, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var profile = await grains.ByGuid<IPersonGrain>(user.PersonId()).GetProfile();
        var started = await Practice(grains, user).StartSession(householdId, body.Value.Title ?? "", profile.DisplayName);
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

    private static IPracticeGrain Practice(IGrainFactory grains, ClaimsPrincipal user) => grains.ByGuid<IPracticeGrain>(user.PersonId());

    public sealed record Facilitating(bool? Facilitates) : ICheckedBody
    {
        public AuditRuleException? Check() => Facilitates is null ? AuditRuleException.Invalid("facilitates", "problem.sayTrueOrFalse") : null;
    }

    public sealed record NewHousehold(string? Name, SessionKind? Kind) : ICheckedBody
    {
        public AuditRuleException? Check() => Kind is null ? AuditRuleException.Invalid("kind", "refusal.practice.chooseKind") : null;
    }

    /// <summary>Each field may be left out; a field left out stays as it is.</summary>
    public sealed record HouseholdChanges(string? Name, DateOnly? NextSession, bool? ClearNextSession, bool? Archived) : ICheckedBody
    {
        public AuditRuleException? Check() => ClearNextSession == true && NextSession is not null
            ? AuditRuleException.Invalid("nextSession", "problem.agreeOrClear")
            : null;
    }

    public sealed record NewHouseholdSession(string? Title);

    public sealed record StartedSessionLinks(SessionView Session, IReadOnlyList<SeatLink> CarriedSeats);

    /// <summary>The export's shape, for the OpenAPI document; it is written as it is read.</summary>
    public sealed record PracticeExport(bool Facilitates, DateTimeOffset ExportedAt, IReadOnlyList<HouseholdRecord> Households);
}
