using System.Diagnostics;
using Reciprocity.Host.Hosting;

namespace Reciprocity.Host.Api;

/// <summary>
/// Runs an endpoint that is safe to run twice (GET, PUT, DELETE, or marked <see cref="SafeToRetryAttribute"/>) again while
/// a silo fails over, for about as long as a failover takes; what still fails is answered 503 by
/// <see cref="UnavailabilityMiddleware"/>. Below authentication on purpose: a request's authentication result is kept for
/// the request, so only the endpoint can be run again.
/// </summary>
public sealed class FailoverRetryFilter : IEndpointFilter
{
    /// <summary>How long a safe call keeps being retried before it is answered 503.</summary>
    public static readonly TimeSpan RetryFor = TimeSpan.FromSeconds(5);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (!IsSafeToRetry(http))
        {
            return await next(context);
        }

        // Handlers read their JSON body themselves: keep it so that a second run reads it again.
        http.Request.EnableBuffering();
        var started = Stopwatch.GetTimestamp();
        var pause = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            try
            {
                return await next(context);
            }
            catch (Exception failure) when (Unavailability.Of(failure) == Unavailability.Kind.Failover
                && Stopwatch.GetElapsedTime(started) + pause < RetryFor && !http.RequestAborted.IsCancellationRequested)
            {
                await Task.Delay(pause, http.RequestAborted);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, TimeSpan.TicksPerSecond));
                if (http.Request.Body.CanSeek)
                {
                    http.Request.Body.Position = 0;
                }
            }
        }
    }

    private static bool IsSafeToRetry(HttpContext http) =>
        HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsPut(http.Request.Method)
        || HttpMethods.IsDelete(http.Request.Method) || http.GetEndpoint()?.Metadata.GetMetadata<SafeToRetryAttribute>() is not null;
}
