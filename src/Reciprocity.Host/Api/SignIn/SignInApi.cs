using System.Buffers.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Reciprocity.Grains.Reminders;
using Reciprocity.People;

namespace Reciprocity.Host.Api.SignIn;

/// <summary>
/// Signing in on a new device by a one-time link sent to a confirmed address (issue 21 item 1). Asking answers the
/// same for every well-formed address, known or not, without waiting on anything that depends on it; the link's page
/// (the web app's <c>/sign-in/{token}</c>) signs in only when its button is pressed. Both are limited per client address.
/// </summary>
public static class SignInApi
{
    /// <summary>The one answer to every well-formed request, known address or not.</summary>
    public const string Asked = "If this address belongs to someone here, a link to sign in is on its way to it. It works once, within 15 minutes.";

    public static RouteGroupBuilder MapSignIn(this RouteGroupBuilder api)
    {
        api.MapPost("/sign-in/email", RequestLink)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.SignIn);
        api.MapPost("/sign-in/complete/{token}", Complete)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.SignIn)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Accepted<LinkRequested>> RequestLink(Body<LinkRequest> asked, IGrainFactory grains)
    {
        // One-way: the answer is the same, and as quick, whether or not anyone confirmed this address.
        var address = EmailAddress.Check(asked.Value.Email);
        await grains.GetGrain<ISignInAddressGrain>(EmailAddress.MailboxKey(address)).RequestLink(address);
        return TypedResults.Accepted((string?)null, new LinkRequested(Asked));
    }

    private static async Task<Results<Ok<SignedIn>, ProblemHttpResult>> Complete(string token, Body<Completion> completion, IGrainFactory grains, HttpRequest request)
    {
        var secret = DeviceKeys.Compose(completion.Value.DeviceSecret);
        if (!SecretCode.TryRead(token, out var personId, out var linkHash))
        {
            return NotFound(request);
        }

        var (accessKey, keyHash) = DeviceKeys.For(personId, secret);
        return await grains.ByGuid<IPersonSignIn>(personId).CompleteSignIn(linkHash, keyHash)
            ? TypedResults.Ok(new SignedIn(accessKey))
            : NotFound(request);
    }

    private static ProblemHttpResult NotFound(HttpRequest request) =>
        Problems.Said(request, StatusCodes.Status404NotFound, "problem.signInLinkGone", "problem.signInLinkGone.detail");

    public sealed record LinkRequest(string? Email);

    public sealed record LinkRequested(string Message);

    /// <summary>The secret of this device's new key, made on the device: asked again after a lost answer, it is the same.</summary>
    public sealed record Completion(string? DeviceSecret) : ICheckedBody
    {
        // The title is the words of ASP.NET Core's default for a validation problem, as this endpoint has always answered it.
        public AuditRuleException? Check() => DeviceKeys.TryCompose(DeviceSecret, out _)
            ? null
            : new AuditRuleException(
                RuleFailure.Invalid,
                Reason.Of("problem.validationErrors"),
                new Dictionary<string, Reason[]> { ["deviceSecret"] = [Reason.Of("problem.deviceSecret", ("bytes", DeviceKeys.SecretBytes), ("characters", 43))] });
    }

    public sealed record SignedIn(string AccessKey);
}

/// <summary>A device's access key: the person's id and a secret the device made, in the same form as every access key.</summary>
internal static class DeviceKeys
{
    public const int SecretBytes = 32;

    /// <summary>The secret of a <see cref="SignInApi.Completion"/> its check let through.</summary>
    public static byte[] Compose(string? text) =>
        TryCompose(text, out var secret) ? secret : throw new ArgumentException("Not a device secret; the body's check refuses it first.", nameof(text));

    public static bool TryCompose(string? text, out byte[] secret)
    {
        secret = [];
        if (text is not { Length: 43 } || !Base64Url.IsValid(text))
        {
            return false;
        }

        var bytes = new byte[SecretBytes + 2];
        if (!Base64Url.TryDecodeFromChars(text, bytes, out var written) || written != SecretBytes)
        {
            return false;
        }

        secret = bytes[..SecretBytes];
        return true;
    }

    /// <summary>The access key for <paramref name="personId"/> with this secret, and its hash as the person's grain keeps it.</summary>
    public static (string AccessKey, byte[] KeyHash) For(Guid personId, byte[] secret)
    {
        var raw = new byte[16 + SecretBytes];
        personId.TryWriteBytes(raw.AsSpan(0, 16));
        secret.CopyTo(raw, 16);
        var key = Base64Url.EncodeToString(raw);
        SecretCode.TryRead(key, out _, out var hash);
        return (key, hash);
    }
}
