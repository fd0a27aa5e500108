namespace Reciprocity.Host.Api;

/// <summary>Translates a grain's refusal into problem details; the grain decided, this only picks the status code.</summary>
public sealed class RuleFailureFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (AuditRuleException refusal)
        {
            return ToResult(refusal);
        }
    }

    public static IResult ToResult(AuditRuleException refusal) => refusal.Failure switch
    {
        RuleFailure.Invalid => TypedResults.ValidationProblem(refusal.Errors.ToDictionary(e => e.Key, e => e.Value), title: refusal.Message),
        RuleFailure.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: refusal.Message),
        RuleFailure.Conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: refusal.Message),
        RuleFailure.Gone => TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: refusal.Message),
        _ => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: refusal.Message),
    };
}
