using System.Security.Claims;

namespace Reciprocity.Host.Authentication;

public static class CurrentPerson
{
    /// <summary>The authenticated person's id; only called behind authorization.</summary>
    public static Guid PersonId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No person is signed in."));

    /// <summary>The hash of the access key the person signed in with; only called behind authorization.</summary>
    public static byte[] KeyHash(this ClaimsPrincipal user) =>
        Convert.FromBase64String(user.FindFirstValue(AccessKeyAuthentication.KeyHashClaim) ?? throw new InvalidOperationException("No person is signed in."));
}
