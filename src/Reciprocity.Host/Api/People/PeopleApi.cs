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
        api.MapPut("/me/language", SetLanguage);
        return api;
    }

    // Without a language of their own, a person starts in the browser's best match (the grain checks either).
    private static async Task<Created<CreatedPerson>> Create(Body<NewPerson> person, HttpRequest request, IGrainFactory grains)
    {
        var personId = Guid.NewGuid();
        var displayName = person.Value.DisplayName?.Trim() ?? "";
        var language = person.Value.Language ?? PreferredLanguage.Of(request);
        var accessKey = await grains.ByGuid<IPersonGrain>(personId).Register(displayName, language);
        return TypedResults.Created($"/api/me", new CreatedPerson(personId, displayName, accessKey));
    }

    private static async Task<Ok<PersonProfile>> Me(ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await grains.ByGuid<IPersonGrain>(user.PersonId()).GetProfile());

    private static async Task<Ok<RotatedKey>> RotateKey(ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(new RotatedKey(await grains.ByGuid<IPersonGrain>(user.PersonId()).RotateKey()));

    private static async Task<Ok<ChosenLanguage>> SetLanguage(Body<ChosenLanguage> choice, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(new ChosenLanguage(await grains.ByGuid<IPersonGrain>(user.PersonId()).SetLanguage(choice.Value.Language ?? "")));

    public sealed record NewPerson(string? DisplayName, string? Language = null);

    /// <summary>A person's language: one of <c>en</c>, <c>es</c>, <c>de</c>, <c>ar</c>.</summary>
    public sealed record ChosenLanguage(string? Language);

    public sealed record CreatedPerson(Guid PersonId, string DisplayName, string AccessKey);

    public sealed record RotatedKey(string AccessKey);
}
