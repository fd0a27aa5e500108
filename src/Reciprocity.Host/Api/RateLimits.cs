using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Reciprocity.Host.Api;

/// <summary>
/// Limits, per client address, the endpoints that create things without a relationship to check and the anonymous
/// look-ups by a code, and per person,
/// starting relationships. The defaults suit people; a load test on one address raises them through configuration.
/// </summary>
public static class RateLimits
{
    public const string Creation = "creation";

    public const string RelationshipCreation = "relationship-creation";

    /// <summary>Anonymous look-ups by a code or link (invite and seat previews, confirming, unsubscribing): guessing costs time.</summary>
    public const string Lookup = "lookup";

    /// <summary>Asking for a sign-in link and using one, per client address: nobody's inbox is filled, and links are not guessed.</summary>
    public const string SignIn = "sign-in";

    public static IServiceCollection AddReciprocityRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimits:CreationsPerMinute", 30);
        var relationships = configuration.GetValue("RateLimits:RelationshipsPerMinute", 10);
        var lookups = configuration.GetValue("RateLimits:LookupsPerMinute", 30);
        var signIns = configuration.GetValue("RateLimits:SignInsPerQuarterHour", 10);
        return services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Creation, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));

            limiter.AddPolicy(Lookup, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = lookups, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));

            limiter.AddPolicy(SignIn, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = signIns, Window = TimeSpan.FromMinutes(15), QueueLimit = 0 }));

            // Behind authorization, so the person is known: one person's script does not slow anyone else on the address.
            limiter.AddPolicy(RelationshipCreation, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = relationships, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));

            limiter.OnRejected = (rejected, cancellation) => new ValueTask(TooManyRequests(
                rejected.HttpContext,
                rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1)));
        });
    }

    /// <summary>Answers 429 problem details saying when to try again, in the request's language.</summary>
    public static Task TooManyRequests(HttpContext context, TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Problems.Said(context.Request, StatusCodes.Status429TooManyRequests, "problem.tooMany", "problem.tooMany.detail").ExecuteAsync(context);
    }
}
