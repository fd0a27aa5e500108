using System.Text.Encodings.Web;

namespace Reciprocity.Host.Api.Reminders;

/// <summary>
/// The page an email's unsubscribe link opens: one button (see <see cref="PlainPage"/>). Opening the page changes nothing, so a mail scanner following links unsubscribes nobody.
/// </summary>
public static class UnsubscribePage
{
    public static WebApplication MapUnsubscribePage(this WebApplication app)
    {
        app.MapGet("/unsubscribe/{token}", (string token, HttpRequest request) =>
            {
                var page = new PlainPage(request);
                return SecretCode.TryRead(token, out _, out _)
                    ? page.Render(
                        StatusCodes.Status200OK,
                        "page.unsubscribe.title",
                        $"""<p>{page.Say("page.unsubscribe.body")}</p><form method="post" action="/unsubscribe/{HtmlEncoder.Default.Encode(token)}"><button type="submit">{page.Say("page.unsubscribe.button")}</button></form>""")
                    : Unknown(page);
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Lookup)
            .ExcludeFromDescription();
        app.MapPost("/unsubscribe/{token}", async (string token, HttpRequest request, IGrainFactory grains) =>
            {
                var page = new PlainPage(request);
                return await RemindersApi.Unsubscribe(token, grains)
                    ? page.Render(StatusCodes.Status200OK, "page.unsubscribed.title", $"<p>{page.Say("page.unsubscribed.body")}</p>")
                    : Unknown(page);
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Lookup)
            .ExcludeFromDescription();
        return app;
    }

    private static IResult Unknown(PlainPage page) =>
        page.Render(StatusCodes.Status404NotFound, "page.linkGone.title", $"<p>{page.Say("page.unsubscribe.linkGone")}</p>");
}
