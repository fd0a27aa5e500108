using System.Text.Encodings.Web;

namespace Reciprocity.Host.Api.Reminders;

/// <summary>
/// The page the confirmation email's link opens: one button. Opening the page changes nothing, so a mail scanner that
/// follows links confirms no address; only the button, pressed by the address's owner, does.
/// </summary>
public static class ConfirmEmailPage
{
    public static WebApplication MapConfirmEmailPage(this WebApplication app)
    {
        app.MapGet("/confirm-email/{token}", (string token, HttpRequest request) =>
            {
                var page = new PlainPage(request);
                return SecretCode.TryRead(token, out _, out _)
                    ? page.Render(
                        StatusCodes.Status200OK,
                        "page.confirm.title",
                        $"""<p>{page.Say("page.confirm.body")}</p><form method="post" action="/confirm-email/{HtmlEncoder.Default.Encode(token)}"><button type="submit">{page.Say("page.confirm.button")}</button></form><p>{page.Say("page.confirm.notYou")}</p>""")
                    : Unknown(page);
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Lookup)
            .ExcludeFromDescription();
        app.MapPost("/confirm-email/{token}", async (string token, HttpRequest request, IGrainFactory grains) =>
            {
                var page = new PlainPage(request);
                return await RemindersApi.Confirm(token, grains)
                    ? page.Render(StatusCodes.Status200OK, "page.confirmed.title", $"<p>{page.Say("page.confirmed.body")}</p>")
                    : Unknown(page);
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Lookup)
            .ExcludeFromDescription();
        return app;
    }

    private static IResult Unknown(PlainPage page) =>
        page.Render(StatusCodes.Status404NotFound, "page.linkGone.title", $"<p>{page.Say("page.confirm.linkGone")}</p>");
}
