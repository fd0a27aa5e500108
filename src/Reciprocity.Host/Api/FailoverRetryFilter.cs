using System.Diagnostics;
using Reciprocity.Host.Hosting;

namespace Reciprocity.Host.Api;

/// <summary>
/// Runs an endpoint that is safe to run twice (GET, PUT, DELETE, or marked <see cref="SafeToRetryAttribute"/>) again while
/// a silo fails over, for about as long as a failover takes; what still fails is answered 503 by
/// <see cref="UnavailabilityMiddleware"/>.
/// </summary>
public sealed class FailoverRetryFilter : IEndpointFilter
{
    /// <summary>How long a safe call keeps being retried before it is answered 503.</summary>
    public static readonly TimeSpan RetryFor = TimeSpan.FromSeconds(5);

    internal static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(100);

    private static readonly object Reached = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        http.Items[Reached] = true;
        if (!IsSafeToRetry(http))
        {
            return await next(context);
        }

        // A body was read once, as the arguments were bound (Body<T>); each run gets the same arguments.
        var started = Stopwatch.GetTimestamp();
        var pause = FirstPause;
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
                pause = Next(pause);
            }
        }
    }

    internal static bool IsSafeToRetry(HttpContext http) =>
        HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsPut(http.Request.Method)
        || HttpMethods.IsDelete(http.Request.Method) || http.GetEndpoint()?.Metadata.GetMetadata<SafeToRetryAttribute>() is not null;

    /// <summary>True once the request reached its endpoint (past authentication); the endpoint then did its own retrying.</summary>
    internal static bool WasReached(HttpContext http) => http.Items.ContainsKey(Reached);

    internal static TimeSpan Next(TimeSpan pause) => TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, TimeSpan.TicksPerSecond));
}
