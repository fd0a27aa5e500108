using Reciprocity.Host.Words;

namespace Reciprocity.Host.Api;

/// <summary>
/// The title of a problem a person can see, in the language their request asks for (<c>Accept-Language</c>, issue
/// 23): a title the host's catalogue knows (its <c>problem.*</c> messages, English word for word what the host says)
/// is said in that language; its <c>type</c>, <c>status</c> and the field names are left as they are. Runs for every
/// problem written through ASP.NET Core's problem-details service.
/// </summary>
public static class ProblemTitles
{
    public static void Translate(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ProblemDetails.Title is { } title && HostWords.KeyOfEnglish(title) is { } key)
        {
            context.ProblemDetails.Title = HostWords.For(PreferredLanguage.Of(context.HttpContext.Request))[key];
        }
    }
}
