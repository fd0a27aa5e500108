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
        app.MapGet("/confirm-email/{token}", (string token) => SecretCode.TryRead(token, out _, out _)
                ? PlainPage.Render(StatusCodes.Status200OK, "Send Reciprocity reminders to this address?",
                    $"""<p>Reminders tell you when something is waiting for you in Reciprocity, at most once a day, and never what anyone wrote.</p><form method="post" action="/confirm-email/{HtmlEncoder.Default.Encode(token)}"><button type="submit">Yes, send reminders here</button></form><p>If you did not ask for this, close this page: nothing more will be sent.</p>""")
                : Unknown())
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Lookup)
            .ExcludeFromDescription();
        app.MapPost("/confirm-email/{token}", async (string token, IGrainFactory grains) => await RemindersApi.Confirm(token, grains)
                ? PlainPage.Render(StatusCodes.Status200OK, "Your address is confirmed", "<p>Reminders will come to this address from now on. Every one has a link to stop them.</p>")
                : Unknown())
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Lookup)
            .ExcludeFromDescription();
        return app;
    }

    private static IResult Unknown() => PlainPage.Render(
        StatusCodes.Status404NotFound,
        "This link no longer works",
        "<p>It may have been used already, or be more than a day old. You can ask for a new one in Reciprocity.</p>");
}
