using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Reciprocity.Host.Authentication;

/// <summary>
/// Authenticates a person by their access key: the bearer token on HTTP, or the access_token query that browsers
/// send on the hub's WebSocket. The person's grain checks the key's hash; this host remembers a confirmed key for a few
/// seconds (<see cref="AccessKeyCache"/>), and a rotation makes every host forget it before it answers, so a rotated
/// key stops working at once.
/// </summary>
public sealed class AccessKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccessKeyCheck keys) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AccessKey";

    /// <summary>The hash of the key a request or hub connection was opened with, so the hub can check it again later.</summary>
    public const string KeyHashClaim = "reciprocity:key-hash";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = ReadKey();
        if (key is null)
        {
            return AuthenticateResult.NoResult();
        }

        if (!SecretCode.TryRead(key, out var personId, out var keyHash) || !await keys.IsCurrent(personId, keyHash))
        {
            return AuthenticateResult.Fail("The access key is not valid.");
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, personId.ToString()), new Claim(KeyHashClaim, Convert.ToBase64String(keyHash))],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

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
