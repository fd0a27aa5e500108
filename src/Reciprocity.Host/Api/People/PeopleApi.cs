using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Reciprocity.Host.Authentication;
using Reciprocity.People;
using Reciprocity.Relationships;

namespace Reciprocity.Host.Api.People;

/// <summary>Creating a person, who they are, their reading across relationships, and rotating their access key.</summary>
public static class PeopleApi
{
    public static RouteGroupBuilder MapPeople(this RouteGroupBuilder api)
    {
        api.MapPost("/people", Create)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Creation);

        api.MapGet("/me", Me);
        api.MapGet("/me/reading", async (ClaimsPrincipal user, IGrainFactory grains) => TypedResults.Ok(await grains.ByGuid<IPersonGrain>(user.PersonId()).GetReading()));
        api.MapPost("/me/key", RotateKey);
        return api;
    }

    private static async Task<Created<CreatedPerson>> Create(Body<NewPerson> person, IGrainFactory grains)
    {
        var personId = Guid.NewGuid();
        var displayName = person.Value.DisplayName?.Trim() ?? "";
        var accessKey = await grains.ByGuid<IPersonGrain>(personId).Register(displayName);
        return TypedResults.Created($"/api/me", new CreatedPerson(personId, displayName, accessKey));
    }

    private static async Task<Ok<PersonProfile>> Me(ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await grains.ByGuid<IPersonGrain>(user.PersonId()).GetProfile());

    private static async Task<Ok<RotatedKey>> RotateKey(ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(new RotatedKey(await grains.ByGuid<IPersonGrain>(user.PersonId()).RotateKey()));

    public sealed record NewPerson(string? DisplayName);

    public sealed record CreatedPerson(Guid PersonId, string DisplayName, string AccessKey);

    public sealed record RotatedKey(string AccessKey);
}
