using System.Security.Claims;

namespace Reciprocity.Host.Authentication;

public static class CurrentPerson
{
    /// <summary>The authenticated person's id; only called behind authorization.</summary>
    public static Guid PersonId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No person is signed in."));
}
