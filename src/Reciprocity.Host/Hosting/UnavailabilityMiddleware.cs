using System.Diagnostics;
using System.Globalization;
using Reciprocity.Host.Api;

namespace Reciprocity.Host.Hosting;

/// <summary>
/// The one place where "not now" (<see cref="Unavailability"/>) becomes an answer: 503 problem details with Retry-After.
/// It wraps authentication and the endpoints, so a grain call that fails in either is caught here. The endpoints retry
/// what is safe to retry themselves (<see cref="FailoverRetryFilter"/>); authentication, which asks the person's grain,
/// is run again here for those same requests.
/// </summary>
internal sealed partial class UnavailabilityMiddleware(
    RequestDelegate next, IProblemDetailsService problems, IServiceScopeFactory scopes, ILogger<UnavailabilityMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var pause = FailoverRetryFilter.FirstPause;
        while (true)
        {
            try
            {
                await next(context);
                return;
            }
            catch (Exception failure) when (Unavailability.Of(failure) is { } kind && !context.Response.HasStarted)
            {
                if (kind == Unavailability.Kind.Failover && !FailoverRetryFilter.WasReached(context) && FailoverRetryFilter.IsSafeToRetry(context)
                    && Stopwatch.GetElapsedTime(started) + pause < FailoverRetryFilter.RetryFor && !context.RequestAborted.IsCancellationRequested)
                {
                    await Task.Delay(pause, context.RequestAborted);
                    pause = FailoverRetryFilter.Next(pause);

                    // Authentication keeps its result, failed or not, for the request's service scope: a new scope asks again.
                    var scope = scopes.CreateAsyncScope();
                    context.Response.RegisterForDisposeAsync(scope);
                    context.RequestServices = scope.ServiceProvider;
                    context.Response.Clear();
                    continue;
                }

                Answered503(logger, context.Request.Method, context.GetEndpoint()?.DisplayName ?? context.Request.Path.Value ?? "", kind, failure.GetType().Name);
                await Answer(context, kind);
                return;
            }
        }
    }

    private async Task Answer(HttpContext context, Unavailability.Kind kind)
    {
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = ((int)Unavailability.RetryAfter(kind).TotalSeconds).ToString(CultureInfo.InvariantCulture);
        var words = PreferredLanguage.WordsOf(context.Request);
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = kind == Unavailability.Kind.Storage ? words["problem.cannotSave"] : words["problem.recovering"],
                Detail = kind == Unavailability.Kind.Storage ? words["problem.cannotSave.detail"] : words["problem.recovering.detail"],
            },
        });
    }

    [LoggerMessage(EventId = 4200, Level = LogLevel.Warning, Message = "{Method} {Endpoint} answered 503 ({Kind}): {Failure}.")]
    private static partial void Answered503(ILogger logger, string method, string endpoint, Unavailability.Kind kind, string failure);
}
