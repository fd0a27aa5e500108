using Microsoft.AspNetCore.Http.HttpResults;

namespace Reciprocity.Host.Api.Safety;

/// <summary>
/// The help page behind the safety check and the quick exit: what to do in danger, where to find support, and the
/// neutral page the quick exit leaves to. Operators configure local help (<c>Safety:Resources</c>,
/// <c>Safety:QuickExitUrl</c>); without it, general advice that holds anywhere.
/// </summary>
public static class HelpApi
{
    public static RouteGroupBuilder MapHelp(this RouteGroupBuilder api)
    {
        var help = Read(((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<IConfiguration>());
        api.MapGet("/help", Ok<Help> () => TypedResults.Ok(help)).AllowAnonymous();
        return api;
    }

    public static Help Read(IConfiguration configuration)
    {
        var resources = configuration.GetSection("Safety:Resources").GetChildren()
            .Select(resource => new HelpResource(resource["Name"] ?? "", resource["Description"] ?? "", Blank(resource["Phone"]), Blank(resource["Url"])))
            .Where(resource => resource.Name.Length > 0)
            .ToList();
        var quickExit = configuration["Safety:QuickExitUrl"];
        return new Help(
            resources.Count > 0 ? resources : General,
            string.IsNullOrWhiteSpace(quickExit) ? DefaultQuickExit : quickExit);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    // A page anyone might be looking at, with nothing about relationships on it.
    private const string DefaultQuickExit = "https://weather.com/";

    private static readonly HelpResource[] General =
    [
        new("If you are in danger now", "Call your local emergency number (such as 112, 911 or 999). If it is not safe to talk, ask whether your local service accepts a text message.", null, null),
        new("Find a helpline near you", "Free, confidential helplines for people in difficult or unsafe relationships exist in most countries. They listen, and help you think about what to do next.", null, "https://findahelpline.com/"),
        new("Talk to someone you trust", "A friend, a relative, a doctor or a counsellor can help you, at your own pace. You do not have to decide anything today.", null, null),
        new("Your answers are yours", "What you kept private here stays private: nobody is told. You can leave, export or delete your data at any time.", null, null),
    ];

    public sealed record Help(IReadOnlyList<HelpResource> Resources, string QuickExitUrl);

    public sealed record HelpResource(string Name, string Description, string? Phone, string? Url);
}
