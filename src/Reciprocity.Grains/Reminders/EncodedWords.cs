using System.Text.RegularExpressions;

namespace Reciprocity.Grains.Reminders;

/// <summary>
/// MIME encoded words (<c>=?utf-8?b?…?=</c>, RFC 2047): plain ASCII that mail programs decode, in a header, to any
/// character at all (a line break, a bell, a reading-direction override). Issue 26 item 8: such text is refused where
/// it is typed, so it can reach no header even if a later change put a name there.
/// </summary>
public static partial class EncodedWords
{
    public static bool Appear(string? text) => text is not null && Pattern().IsMatch(text);

    // charset, an optional *language, the encoding letter, then the encoded text, as RFC 2047 and RFC 2231 write them.
    [GeneratedRegex(@"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Pattern();
}
