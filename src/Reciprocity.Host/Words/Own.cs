using System.Text;

namespace Reciprocity.Host.Words;

/// <summary>
/// Words a person typed (a name, a label, a title, a note) keep their own direction inside the host's plain-text
/// words (emails, the Markdown report), as the web app's <c>&lt;Own&gt;</c> and <c>isolated()</c> do on a page:
/// wrapped in Unicode's FIRST STRONG ISOLATE (U+2068) … POP DIRECTIONAL ISOLATE (U+2069), so "Sam" inside an Arabic
/// sentence, or «سارة» inside an English one, neither reorders the sentence nor is reordered by it. A value standing
/// alone on its own line needs no isolate: its line takes its direction from it.
/// </summary>
public static class Own
{
    public const char FirstStrongIsolate = '\u2068';
    public const char PopDirectionalIsolate = '\u2069';

    /// <summary>
    /// The value inside an isolate. Names and labels cannot hold direction controls (the grains refuse them); free text
    /// can, so the value's own isolates are balanced first: a stray U+2069 would otherwise close this isolate early and
    /// let the rest of the value reorder the host's words, and an isolate it opens and never closes is closed here.
    /// </summary>
    public static string Isolated(string? value)
    {
        var text = new StringBuilder((value?.Length ?? 0) + 2).Append(FirstStrongIsolate);
        var open = 0;
        foreach (var c in value ?? "")
        {
            if (c is '\u2066' or '\u2067' or FirstStrongIsolate)
            {
                open++;
            }
            else if (c == PopDirectionalIsolate)
            {
                if (open == 0)
                {
                    continue;
                }

                open--;
            }

            text.Append(c);
        }

        return text.Append(PopDirectionalIsolate, open + 1).ToString();
    }
}
