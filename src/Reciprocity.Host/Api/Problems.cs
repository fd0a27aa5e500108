using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Reciprocity.Host.Words;

namespace Reciprocity.Host.Api;

/// <summary>
/// Problem details as values, so that an HTTP endpoint and a hub method answer the very same body. The type of each
/// is the one ASP.NET Core would fill in for its status, set here because the hub has nobody to fill it in.
/// </summary>
public static class Problems
{
    private static HttpValidationProblemDetails Invalid(IDictionary<string, string[]> errors, string title) =>
        new(errors) { Status = StatusCodes.Status400BadRequest, Title = title, Type = TypeOf(StatusCodes.Status400BadRequest) };

    /// <summary>
    /// A value an endpoint cannot use (a query value, say), answered 400 with problem details naming it, in the
    /// request's language: <paramref name="key"/> is a message of the host's catalogues, <paramref name="values"/> its arguments.
    /// </summary>
    public static ValidationProblem Field(HttpRequest request, string field, string key, params (string Name, object Value)[] values)
    {
        var invalid = (HttpValidationProblemDetails)Of(AuditRuleException.Invalid(field, key, values), PreferredLanguage.WordsOf(request));
        return TypedResults.ValidationProblem(invalid.Errors, title: invalid.Title, type: invalid.Type);
    }

    /// <summary>A problem the host answers itself, its title (and detail, if any) keys of the host's catalogues, in the request's language.</summary>
    public static ProblemHttpResult Said(HttpRequest request, int status, string titleKey, string? detailKey = null, params (string Name, object? Value)[] values)
    {
        var words = PreferredLanguage.WordsOf(request);
        return TypedResults.Problem(statusCode: status, title: words[titleKey], detail: detailKey is null ? null : words.Format(detailKey, values));
    }

    /// <summary>
    /// A grain's refusal, the one translation of it: <see cref="RuleFailureFilter"/> answers it over HTTP and
    /// <see cref="Hubs.HubRefusals"/> over the hub. The grain decided; this picks the status code and says the
    /// grain's reasons in the reader's words.
    /// </summary>
    public static ProblemDetails Of(AuditRuleException refusal, HostWords words)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        ArgumentNullException.ThrowIfNull(words);
        var title = words.Say(refusal.Reason);
        return refusal.Failure switch
        {
            RuleFailure.Invalid => Invalid(refusal.Errors.ToDictionary(e => e.Key, e => e.Value.Select(words.Say).ToArray()), title),
            RuleFailure.NotFound => Status(StatusCodes.Status404NotFound, title),
            RuleFailure.Conflict => Status(StatusCodes.Status409Conflict, title),
            RuleFailure.Gone => Status(StatusCodes.Status410Gone, title),
            _ => Status(StatusCodes.Status400BadRequest, title),
        };
    }

    public static IResult ToResult(ProblemDetails problem) => problem is HttpValidationProblemDetails invalid
        ? TypedResults.ValidationProblem(invalid.Errors, title: invalid.Title, type: invalid.Type)
        : TypedResults.Problem(problem);

    private static ProblemDetails Status(int status, string title) => new() { Status = status, Title = title, Type = TypeOf(status) };

    private static string TypeOf(int status) => status switch
    {
        StatusCodes.Status404NotFound => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        StatusCodes.Status409Conflict => "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        StatusCodes.Status410Gone => "https://tools.ietf.org/html/rfc9110#section-15.5.11",
        _ => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
    };
}
