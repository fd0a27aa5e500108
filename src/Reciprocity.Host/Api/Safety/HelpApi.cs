using System.Collections.Frozen;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Reciprocity.Host.Words;
using Reciprocity.People;

namespace Reciprocity.Host.Api.Safety;

/// <summary>
/// The help page behind the safety check and the quick exit: what to do in danger, where to find support, and the
/// neutral page the quick exit leaves to, in the reader's language (<c>Accept-Language</c>). Operators configure local
/// help (<see cref="LocalHelp"/>, <c>Safety:QuickExitUrl</c>); without it, general advice that holds anywhere, worded
/// from the host's catalogue (<c>Catalogue/&lt;language&gt;/help.json</c>).
/// </summary>
public static partial class HelpApi
{
    public static RouteGroupBuilder MapHelp(this RouteGroupBuilder api)
    {
        var services = ((IEndpointRouteBuilder)api).ServiceProvider;
        var configuration = services.GetRequiredService<IConfiguration>();
        var local = LocalHelp.Read(configuration);
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HelpApi));
        foreach (var key in local.SetAside)
        {
            LogSetAside(log, key, string.Join(", ", Languages.Supported));
        }

        var answers = Answers(local, QuickExitUrl(configuration));
        api.MapGet("/help", Ok<Help> (HttpContext context) =>
        {
            context.Response.Headers.Vary = HeaderNames.AcceptLanguage; // one address, an answer per language
            return TypedResults.Ok(answers[PreferredLanguage.Of(context.Request)].Value);
        }).AllowAnonymous();
        return api;
    }

    /// <summary>The answer for each supported language, worded when first asked for.</summary>
    public static FrozenDictionary<string, Lazy<Help>> Answers(LocalHelp local, string quickExitUrl)
    {
        ArgumentNullException.ThrowIfNull(local);
        return Languages.Supported.ToFrozenDictionary(
            language => language,
            language => new Lazy<Help>(() => new Help(local.For(language) ?? General(HostWords.For(language)), quickExitUrl)),
            StringComparer.Ordinal);
    }

    public static string QuickExitUrl(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var quickExit = configuration["Safety:QuickExitUrl"];
        return string.IsNullOrWhiteSpace(quickExit) ? DefaultQuickExit : quickExit;
    }

    // A page anyone might be looking at, with nothing about relationships on it.
    private const string DefaultQuickExit = "https://weather.com/";

    private static HelpResource[] General(HostWords words) =>
    [
        new(words["help.danger.name"], words["help.danger.description"], null, null),
        new(words["help.helpline.name"], words["help.helpline.description"], null, "https://findahelpline.com/"),
        new(words["help.trusted.name"], words["help.trusted.description"], null, null),
        new(words["help.private.name"], words["help.private.description"], null, null),
    ];

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Key} is neither a resource's number nor a language the app speaks ({Languages}); it is not shown.")]
    private static partial void LogSetAside(ILogger logger, string key, string languages);

    public sealed record Help(IReadOnlyList<HelpResource> Resources, string QuickExitUrl);

    public sealed record HelpResource(string Name, string Description, string? Phone, string? Url);
}
