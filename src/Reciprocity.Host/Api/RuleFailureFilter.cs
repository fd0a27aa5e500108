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
            return Problems.ToResult(Problems.Of(refusal));
        }
    }
}
