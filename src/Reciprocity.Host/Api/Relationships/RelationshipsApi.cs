using System.Security.Claims;
using Reciprocity.Host.Authentication;
using Reciprocity.Perspectives;
using Reciprocity.People;
using Reciprocity.Relationships;

namespace Reciprocity.Host.Api.Relationships;

/// <summary>A relationship's audit: its view, the caller's draft, submitting, and new rounds.</summary>
public static class RelationshipsApi
{
    public static RouteGroupBuilder MapRelationships(this RouteGroupBuilder api)
    {
        var relationships = api.MapGroup("/relationships");
        relationships.MapPost("/", Create)
            .Accepts<NewRelationship>("application/json")
            .Produces<CreatedRelationship>(StatusCodes.Status201Created)
            .ProducesValidationProblem();

        relationships.MapGet("/{relationshipId:guid}", (Guid relationshipId, ClaimsPrincipal user, IGrainFactory grains) =>
            Relationship(grains, relationshipId).GetView(user.PersonId()))
            .Produces<RelationshipView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        relationships.MapPut("/{relationshipId:guid}/draft", SaveDraft)
            .Accepts<Perspective>("application/json")
            .Produces<RelationshipView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        relationships.MapPost("/{relationshipId:guid}/submit", (Guid relationshipId, ClaimsPrincipal user, IGrainFactory grains) =>
            Relationship(grains, relationshipId).Submit(user.PersonId()))
            .SafeToRetry()
            .Produces<RelationshipView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        relationships.MapPost("/{relationshipId:guid}/rounds", (Guid relationshipId, ClaimsPrincipal user, IGrainFactory grains) =>
            Relationship(grains, relationshipId).StartRound(user.PersonId()))
            .Produces<RelationshipView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return api;
    }

    private static async Task<IResult> Create(HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, LinkGenerator links)
    {
        var (relationship, problem) = await JsonBody.Read<NewRelationship>(request);
        if (problem is not null)
        {
            return problem;
        }

        if (relationship!.Kind is not { } kind)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = ["Please choose what kind of relationship this is."] });
        }

        var started = await grains.ByGuid<IPersonGrain>(user.PersonId())
            .StartRelationship(kind, relationship.Label ?? "", relationship.PartnerName ?? "");
        var inviteUrl = $"{request.Scheme}://{request.Host}/join/{started.InviteCode}";
        return TypedResults.Created($"/api/relationships/{started.RelationshipId}", new CreatedRelationship(started.RelationshipId, started.InviteCode, inviteUrl));
    }

    private static async Task<IResult> SaveDraft(Guid relationshipId, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (changes, problem) = await JsonBody.Read<Perspective>(request);
        return problem ?? TypedResults.Ok(await Relationship(grains, relationshipId).SaveDraft(user.PersonId(), changes!));
    }

    private static IRelationshipGrain Relationship(IGrainFactory grains, Guid id) => grains.ByGuid<IRelationshipGrain>(id);

    public sealed record NewRelationship(RelationshipKind? Kind, string? Label, string? PartnerName);

    public sealed record CreatedRelationship(Guid RelationshipId, string InviteCode, string InviteUrl);
}
