namespace Reciprocity.Host.Hosting;

/// <summary>Headers on every answer: the page runs only its own files, is never framed, and leaks no address onward.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// The built page loads one script and one stylesheet from this origin (Vite writes nothing inline); React sets
    /// element styles through the DOM, which style-src does not govern; the QR code and the icon are data: images;
    /// 'self' in connect-src covers the hub's WebSocket to this origin.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // Set as the answer starts: the exception handler clears headers set earlier.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                return Task.CompletedTask;
            });
            return next(context);
        });
}
