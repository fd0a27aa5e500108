namespace Reciprocity.Grains.Rules;

/// <summary>Limits on text that people write.</summary>
internal static class TextRules
{
    public const int NameLimit = 80;
    public const int NoteLimit = 2_000;
    public const int PictureLimit = 4_000;

    /// <summary>Checks free text: line breaks and tabs are fine, other control characters are not.</summary>
    public static void Check(RuleViolations violations, string field, string? text, int limit, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                violations.Add(field, "Please fill this in.");
            }

            return;
        }

        if (text.Length > limit)
        {
            violations.Add(field, $"Please keep this to {limit:N0} characters or fewer.");
        }

        if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            violations.Add(field, "This contains invisible control characters; please remove them.");
        }
    }

    /// <summary>Checks a one-line name or label, which may not hold line breaks either.</summary>
    public static void CheckName(RuleViolations violations, string field, string? text, bool required)
    {
        Check(violations, field, text, NameLimit, required);
        if (text is not null && (text.Contains('\n') || text.Contains('\r') || text.Contains('\t')))
        {
            violations.Add(field, "Please keep this on one line.");
        }
    }
}
