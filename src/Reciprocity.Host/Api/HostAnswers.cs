using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Reciprocity.Host.Api;

/// <summary>
/// Puts in the OpenAPI document the answers the host gives around an endpoint rather than its handler, read from the
/// endpoint's own metadata: 401 without a current access key and 429 past the failed-key limit (both only where a key
/// is needed), 429 past the endpoint's rate limit, and 503 while a silo fails over or the disk is full.
/// </summary>
public static class HostAnswers
{
    public static RouteGroupBuilder DescribeHostAnswers(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);

        // Last, so the endpoint's own AllowAnonymous and RequireRateLimiting are there to be read.
        ((IEndpointConventionBuilder)api).Finally(endpoint =>
        {
            var anonymous = endpoint.Metadata.OfType<IAllowAnonymous>().Any();
            if (!anonymous)
            {
                Add(endpoint, StatusCodes.Status401Unauthorized);
            }

            if (!anonymous || endpoint.Metadata.OfType<EnableRateLimitingAttribute>().Any())
            {
                Add(endpoint, StatusCodes.Status429TooManyRequests);
            }

            Add(endpoint, StatusCodes.Status503ServiceUnavailable);
        });
        return api;
    }

    private static void Add(EndpointBuilder endpoint, int status)
    {
        if (!endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().Any(produces => produces.StatusCode == status))
        {
            endpoint.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
        }
    }
}
