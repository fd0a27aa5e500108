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
            .ProducesProblem(StatusCodes.Status409Conflict);

        relationships.MapGet("/{relationshipId:guid}", async (Guid relationshipId, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Relationship(grains, relationshipId).GetView(user.PersonId())))
            .ProducesProblem(StatusCodes.Status404NotFound);

        relationships.MapPost("/{relationshipId:guid}/invite", Invite)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        relationships.MapPut("/{relationshipId:guid}/draft", async (Guid relationshipId, Body<Perspective> changes, ClaimsPrincipal user, RoundSteps steps) =>
            TypedResults.Ok(await steps.SaveDraft(user.PersonId(), relationshipId, changes.Value)))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        // A second submit of the same round changes nothing, so a failover may run it twice.
        MapStep(relationships, "submit", RoundStep.Submit).ProducesValidationProblem().SafeToRetry();
        MapStep(relationships, "withdraw", RoundStep.Withdraw);
        MapStep(relationships, "confirm", RoundStep.Confirm);
        MapStep(relationships, "rounds", RoundStep.StartRound);

        relationships.MapPut("/{relationshipId:guid}/reveal-policy", async (Guid relationshipId, Body<RevealPolicyChoice> choice, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Relationship(grains, relationshipId).ChangeRevealPolicy(user.PersonId(), choice.Value.RevealPolicy!.Value)))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        relationships.MapPost("/{relationshipId:guid}/release", async (Guid relationshipId, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Relationship(grains, relationshipId).Release(user.PersonId())))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return api;
    }

    /// <summary>A step of the round that takes no body and answers the view without its history.</summary>
    private static RouteHandlerBuilder MapStep(RouteGroupBuilder relationships, string path, RoundStep step) =>
        relationships.MapPost($"/{{relationshipId:guid}}/{path}", async (Guid relationshipId, ClaimsPrincipal user, RoundSteps steps) =>
            TypedResults.Ok(await steps.Take(user.PersonId(), relationshipId, step)))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Created<CreatedRelationship>> Create(Body<NewRelationship> body, ClaimsPrincipal user, IGrainFactory grains, PublicLinks links)
    {
        var relationship = body.Value;
        var start = new RelationshipStart(relationship.Kind!.Value, relationship.Label ?? "", relationship.PartnerName ?? "", relationship.Solo ?? false, relationship.RevealPolicy ?? RevealPolicy.Auto);
        var started = await grains.ByGuid<IPersonGrain>(user.PersonId()).StartRelationship(start);
        var inviteUrl = started.InviteCode is { } code ? links.Invite(code) : null;
        return TypedResults.Created($"/api/relationships/{started.RelationshipId}", new CreatedRelationship(started.RelationshipId, started.InviteCode, inviteUrl));
    }

    private static async Task<Ok<InviteLink>> Invite(Guid relationshipId, ClaimsPrincipal user, IGrainFactory grains, PublicLinks links, bool replace = false)
    {
        var code = await Relationship(grains, relationshipId).Invite(user.PersonId(), replace);
        return TypedResults.Ok(new InviteLink(code, links.Invite(code)));
    }

    private static IRelationshipGrain Relationship(IGrainFactory grains, Guid id) => grains.ByGuid<IRelationshipGrain>(id);

    public sealed record NewRelationship(RelationshipKind? Kind, string? Label, string? PartnerName, bool? Solo, RevealPolicy? RevealPolicy) : ICheckedBody
    {
        public AuditRuleException? Check() => Kind is null ? AuditRuleException.Invalid("kind", "problem.chooseRelationshipKind") : null;
    }

    public sealed record CreatedRelationship(Guid RelationshipId, string? InviteCode, string? InviteUrl);

    public sealed record InviteLink(string InviteCode, string InviteUrl);

    public sealed record RevealPolicyChoice(RevealPolicy? RevealPolicy) : ICheckedBody
    {
        public AuditRuleException? Check() => RevealPolicy is null ? AuditRuleException.Invalid("revealPolicy", "problem.chooseRevealPolicy") : null;
    }
}
