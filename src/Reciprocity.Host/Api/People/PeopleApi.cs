using System.Security.Claims;
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
            .RequireRateLimiting(RateLimits.Creation)
            .AcceptsJson<NewPerson>()
            .Produces<CreatedPerson>(StatusCodes.Status201Created)
            .ProducesValidationProblem();

        api.MapGet("/me", Me).Produces<PersonProfile>();
        api.MapGet("/me/reading", (ClaimsPrincipal user, IGrainFactory grains) => grains.ByGuid<IPersonGrain>(user.PersonId()).GetReading())
            .Produces<Reading>();
        api.MapPost("/me/key", RotateKey).Produces<RotatedKey>();
        return api;
    }

    private static async Task<IResult> Create(HttpRequest request, IGrainFactory grains)
    {
        var (person, problem) = await JsonBody.Read<NewPerson>(request);
        if (problem is not null)
        {
            return problem;
        }

        var personId = Guid.NewGuid();
        var displayName = person!.DisplayName?.Trim() ?? "";
        var accessKey = await grains.ByGuid<IPersonGrain>(personId).Register(displayName);
        return TypedResults.Created($"/api/me", new CreatedPerson(personId, displayName, accessKey));
    }

    private static Task<PersonProfile> Me(ClaimsPrincipal user, IGrainFactory grains) =>
        grains.ByGuid<IPersonGrain>(user.PersonId()).GetProfile();

    private static async Task<RotatedKey> RotateKey(ClaimsPrincipal user, IGrainFactory grains) =>
        new(await grains.ByGuid<IPersonGrain>(user.PersonId()).RotateKey());

    public sealed record NewPerson(string? DisplayName);

    public sealed record CreatedPerson(Guid PersonId, string DisplayName, string AccessKey);

    public sealed record RotatedKey(string AccessKey);
}
