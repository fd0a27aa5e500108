using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Reciprocity.Host.Authentication;
using Reciprocity.People;

namespace Reciprocity.Host.Api.Reminders;

/// <summary>
/// A person's reminder address, confirming it and unsubscribing from a link in an email (no key needed for these two:
/// the link is the secret; both are limited per client address).
/// </summary>
public static class RemindersApi
{
    public static RouteGroupBuilder MapReminders(this RouteGroupBuilder api)
    {
        api.MapPut("/me/email", async (Body<EmailChange> change, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await grains.ByGuid<IPersonReminders>(user.PersonId()).SetEmail(change.Value.Email ?? "")));
        api.MapPost("/email/confirm/{token}", async Task<Results<NoContent, ProblemHttpResult>> (string token, IGrainFactory grains, HttpRequest request) =>
                await Confirm(token, grains) ? TypedResults.NoContent() : Problems.Said(request, StatusCodes.Status404NotFound, "problem.confirmLinkUnknown"))
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Lookup)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/me/email", async (ClaimsPrincipal user, IGrainFactory grains) =>
            {
                await grains.ByGuid<IPersonReminders>(user.PersonId()).RemoveEmail();
                return TypedResults.NoContent();
            });
        api.MapPost("/unsubscribe/{token}", async Task<Results<NoContent, ProblemHttpResult>> (string token, IGrainFactory grains, HttpRequest request) =>
                await Unsubscribe(token, grains) ? TypedResults.NoContent() : Problems.Said(request, StatusCodes.Status404NotFound, "problem.unsubscribeLinkUnknown"))
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Lookup)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <summary>True when the token was one sent to the person, whose address is now removed.</summary>
    public static async Task<bool> Unsubscribe(string token, IGrainFactory grains) =>
        SecretCode.TryRead(token, out var personId, out var hash) && await grains.ByGuid<IPersonReminders>(personId).Unsubscribe(hash);

    /// <summary>True when the token is the one sent to the address waiting for confirmation, which is now confirmed.</summary>
    public static async Task<bool> Confirm(string token, IGrainFactory grains) =>
        SecretCode.TryRead(token, out var personId, out var hash) && await grains.ByGuid<IPersonReminders>(personId).ConfirmEmail(hash);

    public sealed record EmailChange(string? Email);
}
