using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Reciprocity.Host.Api;

namespace Reciprocity.Host.Authentication;

/// <summary>
/// Authenticates a person by their access key: the bearer token on HTTP, or the access_token query that browsers
/// send on the hub's WebSocket. The person's grain checks the key's hash; this host remembers a confirmed key for a few
/// seconds (<see cref="AccessKeyCache"/>), and a rotation makes every host forget it before it answers, so a rotated
/// key stops working at once. Wrong keys are counted per client address (<see cref="FailedKeyLimit"/>); past the limit
/// they are answered 429 without being checked.
/// </summary>
/// <remarks>
/// The base class would log every refused key at Information, with forged keys a line per request: it gets no logger,
/// and refusals are logged by <see cref="FailedKeyLimit"/>, once per address and minute past the limit.
/// </remarks>
public sealed class AccessKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    UrlEncoder encoder,
    AccessKeyCheck keys,
    FailedKeyLimit failures) : AuthenticationHandler<AuthenticationSchemeOptions>(options, NullLoggerFactory.Instance, encoder)
{
    public const string SchemeName = "AccessKey";

    /// <summary>The hash of the key a request or hub connection was opened with, so the hub can check it again later.</summary>
    public const string KeyHashClaim = "reciprocity:key-hash";

    private TimeSpan? _blockedFor;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = ReadKey();
        if (key is null)
        {
            return AuthenticateResult.NoResult();
        }

        // A key this host confirmed moments ago passes even from a blocked address: only checks that ask a grain are limited.
        var wellFormed = SecretCode.TryRead(key, out var personId, out var keyHash);
        if (!wellFormed || !keys.IsConfirmed(personId, keyHash))
        {
            if (failures.Blocked(Address) is { } wait)
            {
                _blockedFor = wait;
                return AuthenticateResult.Fail("Too many wrong access keys from this address.");
            }

            if (!wellFormed || !await keys.IsCurrent(personId, keyHash))
            {
                failures.Count(Address);
                return AuthenticateResult.Fail("The access key is not valid.");
            }
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, personId.ToString()), new Claim(KeyHashClaim, Convert.ToBase64String(keyHash))],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        _blockedFor is { } wait ? RateLimits.TooManyRequests(Context, wait) : base.HandleChallengeAsync(properties);

    private string Address => Context.Connection.RemoteIpAddress?.ToString() ?? "local";

    private string? ReadKey()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        // Browsers cannot set headers on a WebSocket, so SignalR sends the key as a query on the hub only.
        return Request.Path.StartsWithSegments("/hubs") ? Request.Query["access_token"].ToString() is { Length: > 0 } token ? token : null : null;
    }
}
