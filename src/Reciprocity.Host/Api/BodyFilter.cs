using System.Reflection;

namespace Reciprocity.Host.Api;

/// <summary>
/// Answers the problem a <see cref="Body{T}"/> was refused with before its handler runs: bad input gets problem details
/// naming the field, and nothing reaches a grain. Added to the API's group once; an endpoint without a body is left as
/// it is, so it costs nothing there.
/// </summary>
public static class BodyFilter
{
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = Array.FindIndex(context.MethodInfo.GetParameters(), IsBody);
        if (index < 0)
        {
            return next;
        }

        return invocation => invocation.GetArgument<IBoundBody>(index).Problem is { } problem
            ? ValueTask.FromResult<object?>(problem)
            : next(invocation);
    }

    private static bool IsBody(ParameterInfo parameter) => parameter.ParameterType.IsAssignableTo(typeof(IBoundBody));
}
