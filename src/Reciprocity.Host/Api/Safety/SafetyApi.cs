using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Reciprocity.Host.Authentication;
using Reciprocity.People;
using Reciprocity.Relationships;
using Reciprocity.Sessions;

namespace Reciprocity.Host.Api.Safety;

/// <summary>
/// Safety and a person's data (issue 11): keeping answers private, the inviter's control over invites and who joined,
/// export, leaving a relationship and deleting everything. After anything that deletes words, the host cleans the
/// database up before it answers (<see cref="ErasureStep"/>).
/// </summary>
public static class SafetyApi
{
    public static RouteGroupBuilder MapSafety(this RouteGroupBuilder api)
    {
        var relationships = api.MapGroup("/relationships/{relationshipId:guid}");
        relationships.MapPost("/keep-private", async (Guid relationshipId, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(new KeptPrivate(await Person(grains, user).KeepPrivate(relationshipId))))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        relationships.MapDelete("/invite", async (Guid relationshipId, ClaimsPrincipal user, IGrainFactory grains) =>
            {
                await Relationship(grains, relationshipId).RevokeInvite(user.PersonId());
                return TypedResults.NoContent();
            })
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        relationships.MapDelete("/partner", RemovePartner)
            .ErasesWords()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        relationships.MapPost("/leave", Leave)
            .ErasesWords()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/me/export", Export).Produces<Exported>();
        api.MapDelete("/me", DeleteEverything).ErasesWords();
        return api;
    }

    private static async Task<Ok<RelationshipView>> RemovePartner(Guid relationshipId, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await Relationship(grains, relationshipId).RemovePartner(user.PersonId()));

    private static async Task<NoContent> Leave(Guid relationshipId, ClaimsPrincipal user, IGrainFactory grains)
    {
        await Person(grains, user).LeaveRelationship(relationshipId);
        return TypedResults.NoContent();
    }

    private static async Task Export(HttpContext http, ClaimsPrincipal user, IGrainFactory grains, TimeProvider time)
    {
        // Asked before anything is written: a person who is not there answers 404 as any other call does.
        var index = await Person(grains, user).ExportIndex();
        await ExportWriter.Write(http, index, grains, time.GetUtcNow());
    }

    private static async Task<NoContent> DeleteEverything(ClaimsPrincipal user, IGrainFactory grains)
    {
        // Sessions are left (and a facilitator's closed) inside the person's grain, before their relationships.
        await Person(grains, user).DeleteEverything();
        return TypedResults.NoContent();
    }

    private static IPersonData Person(IGrainFactory grains, ClaimsPrincipal user) => grains.ByGuid<IPersonData>(user.PersonId());

    private static IRelationshipSafety Relationship(IGrainFactory grains, Guid id) => grains.ByGuid<IRelationshipSafety>(id);

    public sealed record KeptPrivate(Guid ReflectionId);

    public sealed record ExportedPerson(Guid PersonId, string DisplayName, string Language);

    /// <summary>The export's shape (for the OpenAPI document); <see cref="ExportWriter"/> writes it piece by piece.</summary>
    public sealed record Exported(DateTimeOffset ExportedAt, ExportedPerson Person, IReadOnlyList<RelationshipView> Relationships, IReadOnlyList<SessionView> Sessions);
}
