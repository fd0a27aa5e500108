using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Reciprocity.Host.Api;

/// <summary>
/// An endpoint's JSON body, read as the endpoint's arguments are bound: by <see cref="JsonBody"/> (JSON only, within the
/// limit, no unknown field, each value in its form), then by the body's own <see cref="ICheckedBody.Check"/>. What it
/// refuses, <see cref="BodyFilter"/> answers before the handler runs, so a handler sees only a body it can use.
/// </summary>
[SuppressMessage("Design", "CA1000", Justification = "ASP.NET Core binds and describes the parameter through these static interface members.")]
public sealed class Body<T> : IBindableFromHttpContext<Body<T>>, IEndpointParameterMetadataProvider, IBoundBody
    where T : class
{
    private readonly T? _value;

    private Body(T? value, IResult? problem)
    {
        _value = value;
        Problem = problem;
    }

    /// <summary>The body, once read and checked.</summary>
    public T Value => _value ?? throw new InvalidOperationException($"The body was refused; {nameof(BodyFilter)} answers before a handler reads it.");

    public IResult? Problem { get; }

    public static async ValueTask<Body<T>?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (value, problem) = await JsonBody.Read<T>(context.Request);
        if (problem is null && value is ICheckedBody body && body.Check() is { } refusal)
        {
            problem = Problems.ToResult(Problems.Of(refusal, PreferredLanguage.WordsOf(context.Request)));
        }

        return new Body<T>(problem is null ? value : null, problem);
    }

    /// <summary>
    /// Describes the body and what reading it may answer in the OpenAPI document. The accepted content types are left
    /// empty on purpose: listing <c>application/json</c> would make routing skip the endpoint for any other content
    /// type (the API's catch-all would then answer 404); <see cref="JsonBody"/> answers 415 instead.
    /// </summary>
    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new AcceptsMetadata([], typeof(T)));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), [ProblemJson]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status413PayloadTooLarge, typeof(ProblemDetails), [ProblemJson]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status415UnsupportedMediaType, typeof(ProblemDetails), [ProblemJson]));
    }

    private const string ProblemJson = "application/problem+json";
}

/// <summary>A bound body, whatever its type: what <see cref="BodyFilter"/> asks of it.</summary>
public interface IBoundBody
{
    /// <summary>The problem that refused the body, or null when the handler may read it.</summary>
    IResult? Problem { get; }
}

/// <summary>
/// A request body that checks what JSON alone cannot say, such as a field the endpoint cannot do without. Checked as
/// the body is read; a refusal names the field by a key of the host's catalogues, worded in the request's language,
/// and the endpoint answers it without changing anything.
/// </summary>
public interface ICheckedBody
{
    AuditRuleException? Check();
}
