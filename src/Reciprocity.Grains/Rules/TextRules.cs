using System.Globalization;
using System.Text;

namespace Reciprocity.Grains.Rules;

/// <summary>Limits on text that people write.</summary>
internal static class TextRules
{
    public const int NameLimit = 80;
    public const int NoteLimit = 2_000;
    public const int PictureLimit = 4_000;

    /// <summary>Checks free text: line breaks and tabs are fine, other control characters are not, even in blank text.</summary>
    public static void Check(RuleViolations violations, string field, string? text, int limit, bool required = false)
    {
        if (text is null)
        {
            if (required)
            {
                violations.Add(field, "refusal.text.required");
            }

            return;
        }

        if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            violations.Add(field, "refusal.text.controlCharacters");
        }

        if (text.Length > limit)
        {
            violations.Add(field, "refusal.text.tooLong", ("limit", limit));
        }

        if (required && string.IsNullOrWhiteSpace(text))
        {
            violations.Add(field, "refusal.text.required");
        }
    }

    /// <summary>
    /// Checks a one-line name or label: no line breaks of any kind, at least one visible character when given, and
    /// no bidirectional embeddings, overrides or isolates, which could make a name read as something else
    /// ("Sam\u202Eexe.doc"). Direction marks (U+200E, U+200F, U+061C) stay allowed: they change no letter's order.
    /// </summary>
    public static void CheckName(RuleViolations violations, string field, string? text, bool required)
    {
        Check(violations, field, text, NameLimit, required);
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        if (text.Any(c => c is '\n' or '\r' or '\t' or '\u2028' or '\u2029'))
        {
            violations.Add(field, "refusal.text.oneLine");
        }

        if (text.Any(IsDirectionControl))
        {
            violations.Add(field, "refusal.text.directionCharacters");
        }

        // Issue 26 item 8: a mail program would decode "=?utf-8?b?...?=" into any character, a line break or a direction override.
        if (Reminders.EncodedWords.Appear(text))
        {
            violations.Add(field, "refusal.text.encodedWords");
        }

        if (!text.EnumerateRunes().Any(IsVisible))
        {
            violations.Add(field, "refusal.text.nothingVisible");
        }
    }

    private static bool IsDirectionControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>A letter, number, punctuation or symbol that shows ink; not a space, a mark alone, a format character or a blank filler.</summary>
    private static bool IsVisible(Rune rune) =>
        rune.Value is not (0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800)
        && Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => false,
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => false,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => false,
            _ => true,
        };
}
