using Reciprocity.Host.Words;
using Reciprocity.People;

namespace Reciprocity.Host.Api;

/// <summary>
/// The supported language a request asks for in <c>Accept-Language</c> (RFC 9110): the one of highest quality whose
/// primary tag is supported (<c>es-MX</c> reads as <c>es</c>), else English. The web app sends the person's language.
/// </summary>
public static class PreferredLanguage
{
    public static string Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var asked = request.GetTypedHeaders().AcceptLanguage;
        return asked
            .Where(range => range.Quality is not 0)
            .OrderByDescending(range => range.Quality ?? 1)
            .Select(range => Primary(range.Value.Value))
            .FirstOrDefault(Languages.IsSupported) ?? Languages.English;
    }

    /// <summary>The host's words in the language the request asks for.</summary>
    public static HostWords WordsOf(HttpRequest request) => HostWords.For(Of(request));

    private static string? Primary(string? tag)
    {
        if (string.IsNullOrEmpty(tag))
        {
            return null;
        }

        var dash = tag.IndexOf('-', StringComparison.Ordinal);
        return (dash < 0 ? tag : tag[..dash]).ToLowerInvariant();
    }
}
