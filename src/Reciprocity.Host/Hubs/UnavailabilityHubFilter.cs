using System.Diagnostics;
using System.Reflection;
using Microsoft.AspNetCore.SignalR;
using Reciprocity.Host.Api;
using Reciprocity.Host.Hosting;

namespace Reciprocity.Host.Hubs;

/// <summary>
/// The hub's side of <see cref="FailoverRetryFilter"/> and <see cref="UnavailabilityMiddleware"/>: a hub method marked <see cref="SafeToRetryAttribute"/> is run
/// again for a few seconds while a silo fails over; what still fails answers a kind <see cref="HubException"/> (the client
/// tries again) instead of SignalR's generic error and a logged stack trace.
/// </summary>
internal sealed partial class UnavailabilityHubFilter(ILogger<UnavailabilityHubFilter> logger) : IHubFilter
{
    /// <summary>The start of every message this filter answers with, so a client can tell "try again" from a refusal (web/src/hub.ts).</summary>
    public const string Unavailable = "Unavailable:";

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        ArgumentNullException.ThrowIfNull(next);
        var started = Stopwatch.GetTimestamp();
        var pause = FailoverRetryFilter.FirstPause;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await next(invocation);
            }
            catch (Exception failure) when (Unavailability.Of(failure) is { } kind)
            {
                // Read only on a failure: reflection on every call was ~1 % of a round's CPU (issue 22).
                if (kind == Unavailability.Kind.Failover && IsSafeToRetry(invocation) && Stopwatch.GetElapsedTime(started) + pause < FailoverRetryFilter.RetryFor)
                {
                    await Task.Delay(pause, invocation.Context.ConnectionAborted);
                    pause = FailoverRetryFilter.Next(pause);
                    continue;
                }

                Refused(logger, invocation.HubMethodName, kind, attempt, failure.GetType().Name);
                throw new HubException($"{Unavailable} {CallerWords.Known(invocation.Context)["problem.recovering.retrying"]}");
            }
        }
    }

    private static bool IsSafeToRetry(HubInvocationContext invocation) => invocation.HubMethod.GetCustomAttribute<SafeToRetryAttribute>() is not null;

    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning, Message = "Hub method {Method} failed ({Kind}) after {Attempts} attempt(s): {Failure}.")]
    private static partial void Refused(ILogger logger, string method, Unavailability.Kind kind, int attempts, string failure);
}
