using Microsoft.AspNetCore.SignalR;

namespace Reciprocity.Host.Hubs;

/// <summary>
/// Logs what the hub's methods throw, in place of SignalR's dispatcher (whose log category the host silences): a
/// <see cref="HubException"/> is the hub's answer to the caller, a refusal such as a Watch by a stranger, and gets a
/// Debug line without a stack trace; anything else is a failure and is logged as an error, stack trace included.
/// </summary>
public sealed partial class HubRefusals(ILogger<HubRefusals> logger) : IHubFilter
{
    /// <summary>The category whose per-call error lines, each with a stack trace, this filter replaces.</summary>
    public const string DispatcherCategory = "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher";

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        ArgumentNullException.ThrowIfNull(invocationContext);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(invocationContext);
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

    [LoggerMessage(Level = LogLevel.Debug, Message = "Refused a call of {Method}: {Reason}")]
    private static partial void Refused(ILogger logger, string method, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The hub method {Method} failed.")]
    private static partial void Failed(ILogger logger, string method, Exception failure);
}
