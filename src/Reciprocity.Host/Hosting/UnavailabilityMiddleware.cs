using System.Globalization;

namespace Reciprocity.Host.Hosting;

/// <summary>
/// The one place where "not now" (<see cref="Unavailability"/>) becomes an answer: 503 problem details with Retry-After.
/// It wraps authentication and the endpoints, so a grain call that fails in either is caught here, after
/// <see cref="Api.FailoverRetryFilter"/> has retried what is safe to retry.
/// </summary>
internal sealed partial class UnavailabilityMiddleware(RequestDelegate next, IProblemDetailsService problems, ILogger<UnavailabilityMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception failure) when (Unavailability.Of(failure) is { } kind && !context.Response.HasStarted)
        {
            Answered503(logger, context.Request.Method, context.GetEndpoint()?.DisplayName ?? context.Request.Path.Value ?? "", kind, failure.GetType().Name);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = ((int)Unavailability.RetryAfter(kind).TotalSeconds).ToString(CultureInfo.InvariantCulture);
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Title = kind == Unavailability.Kind.Storage ? "Reciprocity cannot save anything just now." : "Reciprocity is recovering from a hiccup.",
                    Detail = kind == Unavailability.Kind.Storage
                        ? "Your last change may not have been saved. Please try again in a little while; everything saved before is safe."
                        : "Please try again in a moment; everything saved before is safe.",
                },
            });
        }
    }

    [LoggerMessage(EventId = 4200, Level = LogLevel.Warning, Message = "{Method} {Endpoint} answered 503 ({Kind}): {Failure}.")]
    private static partial void Answered503(ILogger logger, string method, string endpoint, Unavailability.Kind kind, string failure);
}
