using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Reciprocity.Host.Authentication;
using Reciprocity.Host.Hosting;
using Reciprocity.People;
using Reciprocity.Perspectives;
using Reciprocity.Relationships;

namespace Reciprocity.Host.Api.Relationships;

/// <summary>A relationship: starting it (alone or with an invite), its view, the caller's draft and the steps of a round.</summary>
public static class RelationshipsApi
{
    public static RouteGroupBuilder MapRelationships(this RouteGroupBuilder api)
    {
        var relationships = api.MapGroup("/relationships");
        relationships.MapPost("/", Create)
            .RequireRateLimiting(RateLimits.RelationshipCreation)
            .AcceptsJson<NewRelationship>()
            .Produces<CreatedRelationship>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        relationships.MapGet("/{relationshipId:guid}", (Guid relationshipId, ClaimsPrincipal user, IGrainFactory grains) =>
            Relationship(grains, relationshipId).GetView(user.PersonId()))
            .Produces<RelationshipView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        relationships.MapPost("/{relationshipId:guid}/invite", Invite)
            .Produces<InviteLink>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        relationships.MapPut("/{relationshipId:guid}/draft", SaveDraft)
            .AcceptsJson<Perspective>()
            .Produces<DraftSaved>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        // A second submit of the same round changes nothing, so a failover may run it twice.
        MapStep(relationships, "submit", RoundStep.Submit).ProducesValidationProblem().SafeToRetry();
        MapStep(relationships, "withdraw", RoundStep.Withdraw);
        MapStep(relationships, "confirm", RoundStep.Confirm);
        MapStep(relationships, "rounds", RoundStep.StartRound);

        relationships.MapPut("/{relationshipId:guid}/reveal-policy", ChangeRevealPolicy)
            .AcceptsJson<RevealPolicyChoice>()
            .Produces<RelationshipView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        relationships.MapPost("/{relationshipId:guid}/release", (Guid relationshipId, ClaimsPrincipal user, IGrainFactory grains) =>
            Relationship(grains, relationshipId).Release(user.PersonId()))
            .Produces<ReleasedRound>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return api;
    }

    /// <summary>A step of the round that takes no body and answers the view without its history.</summary>
    private static RouteHandlerBuilder MapStep(RouteGroupBuilder relationships, string path, RoundStep step) =>
        relationships.MapPost($"/{{relationshipId:guid}}/{path}", async (Guid relationshipId, ClaimsPrincipal user, RoundSteps steps) =>
            (await steps.Take(user.PersonId(), relationshipId, step)).ToResult())
            .Produces<RoundAnswer>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> Create(HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, PublicLinks links)
    {
        var (relationship, problem) = await JsonBody.Read<NewRelationship>(request);
        if (problem is not null)
        {
            return problem;
        }

        if (relationship!.Kind is not { } kind)
        {
            return Invalid("kind", "Please choose what kind of relationship this is.");
        }

        var start = new RelationshipStart(kind, relationship.Label ?? "", relationship.PartnerName ?? "", relationship.Solo ?? false, relationship.RevealPolicy ?? RevealPolicy.Auto);
        var started = await grains.ByGuid<IPersonGrain>(user.PersonId()).StartRelationship(start);
        var inviteUrl = started.InviteCode is { } code ? links.Invite(code) : null;
        return TypedResults.Created($"/api/relationships/{started.RelationshipId}", new CreatedRelationship(started.RelationshipId, started.InviteCode, inviteUrl));
    }

    private static async Task<InviteLink> Invite(Guid relationshipId, ClaimsPrincipal user, IGrainFactory grains, PublicLinks links, bool replace = false)
    {
        var code = await Relationship(grains, relationshipId).Invite(user.PersonId(), replace);
        return new InviteLink(code, links.Invite(code));
    }

    private static async Task<IResult> SaveDraft(Guid relationshipId, HttpRequest request, ClaimsPrincipal user, RoundSteps steps)
    {
        var (perspective, problem) = await JsonBody.ReadJson(request);
        return problem ?? (await steps.SaveDraft(user.PersonId(), relationshipId, perspective)).ToResult();
    }

    private static async Task<IResult> ChangeRevealPolicy(Guid relationshipId, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (choice, problem) = await JsonBody.Read<RevealPolicyChoice>(request);
        if (problem is not null)
        {
            return problem;
        }

        return choice!.RevealPolicy is { } policy
            ? TypedResults.Ok(await Relationship(grains, relationshipId).ChangeRevealPolicy(user.PersonId(), policy))
            : Invalid("revealPolicy", "Please choose how your answers open.");
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Some answers need another look.");

    private static IRelationshipGrain Relationship(IGrainFactory grains, Guid id) => grains.ByGuid<IRelationshipGrain>(id);

    public sealed record NewRelationship(RelationshipKind? Kind, string? Label, string? PartnerName, bool? Solo, RevealPolicy? RevealPolicy);

    public sealed record CreatedRelationship(Guid RelationshipId, string? InviteCode, string? InviteUrl);

    public sealed record InviteLink(string InviteCode, string InviteUrl);

    public sealed record RevealPolicyChoice(RevealPolicy? RevealPolicy);
}
