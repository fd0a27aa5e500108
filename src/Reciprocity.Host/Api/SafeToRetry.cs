namespace Reciprocity.Host.Api;

/// <summary>
/// Marks a POST endpoint or a hub method that has the same effect run twice as once (a second submit of a round changes
/// nothing), so the host may run it again while a silo fails over. GET, PUT and DELETE are that by HTTP's definition.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SafeToRetryAttribute : Attribute
{
}

public static class SafeToRetryEndpoints
{
    /// <summary>Adds <see cref="SafeToRetryAttribute"/> to an endpoint.</summary>
    public static TBuilder SafeToRetry<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new SafeToRetryAttribute());
}
