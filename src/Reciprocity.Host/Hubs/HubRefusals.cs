using Microsoft.AspNetCore.SignalR;
using Reciprocity.Host.Api;

namespace Reciprocity.Host.Hubs;

/// <summary>
/// The hub's side of <see cref="RuleFailureFilter"/>: a grain's refusal becomes its problem details
/// (<see cref="Problems.Of"/>, the one translation), answered as a <see cref="HubAnswer"/> by a method that answers
/// those (a round's step) and as a <see cref="HubException"/> with the problem's title by any other (a Watch by a
/// stranger), in the caller's own language (<see cref="CallerWords"/>: the one stored with them, as the hub's requests carry no
/// <c>Accept-Language</c> of the app's choosing). It also logs in place of SignalR's dispatcher (whose log category the host silences): a
/// <see cref="HubException"/> gets a Debug line without a stack trace; anything else is a failure and is logged as an
/// error, stack trace included.
/// </summary>
public sealed partial class HubRefusals(IGrainFactory grains, ILogger<HubRefusals> logger) : IHubFilter
{
    /// <summary>The category whose per-call error lines, each with a stack trace, this filter replaces.</summary>
    public const string DispatcherCategory = "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher";

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        ArgumentNullException.ThrowIfNull(invocationContext);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            try
            {
                return await next(invocationContext);
            }
            catch (AuditRuleException refusal)
            {
                var problem = Problems.Of(refusal, await CallerWords.Of(invocationContext.Context, grains));
                return AnswersProblems(invocationContext) ? HubAnswer.Refused(problem) : throw new HubException(problem.Title);
            }
        }
        catch (HubException refusal)
        {
            Refused(logger, invocationContext.HubMethodName, refusal.Message);
            throw;
        }
        catch (Exception failure)
        {
            Failed(logger, invocationContext.HubMethodName, failure);
            throw;
        }
    }

    private static bool AnswersProblems(HubInvocationContext invocation) => invocation.HubMethod.ReturnType == typeof(Task<HubAnswer>);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Refused a call of {Method}: {Reason}")]
    private static partial void Refused(ILogger logger, string method, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The hub method {Method} failed.")]
    private static partial void Failed(ILogger logger, string method, Exception failure);
}
