using System.Text.Encodings.Web;

namespace Reciprocity.Host.Api.Reminders;

/// <summary>
/// The page an email's unsubscribe link opens: one button (see <see cref="PlainPage"/>). Opening the page changes nothing, so a mail scanner following links unsubscribes nobody.
/// </summary>
public static class UnsubscribePage
{
    public static WebApplication MapUnsubscribePage(this WebApplication app)
    {
        app.MapGet("/unsubscribe/{token}", (string token) => SecretCode.TryRead(token, out _, out _)
                ? Page(StatusCodes.Status200OK, "Stop reminder emails?",
                    $"""<p>You will get no more reminders from Reciprocity, and your email address will be removed.</p><form method="post" action="/unsubscribe/{HtmlEncoder.Default.Encode(token)}"><button type="submit">Stop reminder emails</button></form>""")
                : Unknown())
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Lookup)
            .ExcludeFromDescription();
        app.MapPost("/unsubscribe/{token}", async (string token, IGrainFactory grains) => await RemindersApi.Unsubscribe(token, grains)
                ? Page(StatusCodes.Status200OK, "You will get no more reminders", "<p>Your email address is removed. You can add one again in Reciprocity at any time.</p>")
                : Unknown())
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Lookup)
            .ExcludeFromDescription();
        return app;
    }

    private static IResult Unknown() =>
        Page(StatusCodes.Status404NotFound, "This link no longer works", "<p>It may be from an older email. You can manage reminders in Reciprocity.</p>");

    private static IResult Page(int status, string title, string body) => PlainPage.Render(status, title, body);
}
