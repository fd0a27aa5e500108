namespace Reciprocity.Host.Api;

/// <summary>
/// Translates a grain's refusal into problem details in the language the request asks for
/// (<see cref="PreferredLanguage"/>); the grain decided, this only picks the status code and the words.
/// </summary>
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
            return Problems.ToResult(Problems.Of(refusal, PreferredLanguage.WordsOf(context.HttpContext.Request)));
        }
    }
}
