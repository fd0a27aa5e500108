using System.Text.Encodings.Web;
using System.Text.Unicode;
using Reciprocity.Host.Words;

namespace Reciprocity.Host.Api.Reminders;

/// <summary>
/// A page a link in an email opens: plain HTML, no script and no inline style (the host's Content-Security-Policy), in
/// the language the browser asks for (<c>Accept-Language</c>; the person opens it on their own device), mirrored for a
/// right-to-left one. Its words are the host's catalogue's (<c>page.…</c>), each HTML-encoded.
/// </summary>
internal sealed class PlainPage(HttpRequest request)
{
    // Every script the catalogues use stays as it is written; only what HTML gives a meaning to is encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly HostWords _words = PreferredLanguage.WordsOf(request);

    /// <summary>A catalogue message, HTML-encoded.</summary>
    public string Say(string key) => Encoder.Encode(_words[key]);

    public IResult Render(int status, string titleKey, string body)
    {
        var title = Say(titleKey);
        var direction = _words.Culture.TextInfo.IsRightToLeft ? "rtl" : "ltr";
        return Results.Content(
            $"""<!doctype html><html lang="{_words.Language}" dir="{direction}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title></head><body><main><h1>{title}</h1>{body}</main></body></html>""",
            "text/html; charset=utf-8",
            statusCode: status);
    }
}
