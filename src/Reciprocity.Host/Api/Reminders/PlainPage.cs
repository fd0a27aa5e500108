namespace Reciprocity.Host.Api.Reminders;

/// <summary>A page a link in an email opens: plain HTML, no script and no inline style (the host's Content-Security-Policy).</summary>
internal static class PlainPage
{
    public static IResult Render(int status, string title, string body) => Results.Content(
        $"""<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title></head><body><main><h1>{title}</h1>{body}</main></body></html>""",
        "text/html; charset=utf-8",
        statusCode: status);
}
