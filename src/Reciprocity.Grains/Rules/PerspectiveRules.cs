using Reciprocity.Perspectives;

namespace Reciprocity.Grains.Rules;

/// <summary>The method's rules for a perspective: what a draft may hold and what a submitted one must.</summary>
internal static class PerspectiveRules
{
    /// <summary>Every field given must be well formed; absent fields are fine in a draft.</summary>
    public static void CheckDraft(Perspective draft)
    {
        var violations = new RuleViolations();
        foreach (var (name, rating) in (draft.Dimensions ?? new Dimensions()).Each())
        {
            if (rating is null)
            {
                continue;
            }

            CheckScore(violations, $"dimensions.{name}.score", rating.Score);
            CheckEnum(violations, $"dimensions.{name}.leans", rating.Leans);
            TextRules.Check(violations, $"dimensions.{name}.note", rating.Note, TextRules.NoteLimit);
            CheckPicture(violations, $"dimensions.{name}.picture", rating.Picture);
        }

        CheckScore(violations, "overall", draft.Overall);
        CheckPicture(violations, "picture", draft.Picture);

        if (draft.Season is { } season)
        {
            CheckEnum(violations, "season.kind", season.Kind);
            TextRules.Check(violations, "season.note", season.Note, TextRules.NoteLimit);
        }

        violations.ThrowIfAny();
    }

    /// <summary>A perspective is complete with four dimension scores, an overall score, and a picture when overall is 1 or 2.</summary>
    public static void CheckComplete(Perspective draft)
    {
        var violations = new RuleViolations();
        foreach (var (name, rating) in (draft.Dimensions ?? new Dimensions()).Each())
        {
            if (rating?.Score is null)
            {
                violations.Add($"dimensions.{name}.score", "refusal.perspective.scoreMissing");
            }
        }

        foreach (var (name, rating) in (draft.Dimensions ?? new Dimensions()).Each())
        {
            // A dimension's picture is never required, but one that has words needs to say what kind it is.
            if (!string.IsNullOrWhiteSpace(rating?.Picture?.Text) && rating.Picture.Kind is null)
            {
                violations.Add($"dimensions.{name}.picture.kind", "refusal.perspective.pictureKindMissing");
            }
        }

        if (draft.Overall is null)
        {
            violations.Add("overall", "refusal.perspective.overallMissing");
        }
        else if (draft.Overall <= 2)
        {
            if (draft.Picture?.Kind is null)
            {
                violations.Add("picture.kind", "refusal.perspective.pictureKindMissing");
            }

            if (string.IsNullOrWhiteSpace(draft.Picture?.Text))
            {
                violations.Add("picture.text", "refusal.perspective.pictureTextMissing");
            }
        }

        violations.ThrowIfAny("refusal.perspective.stillNeeded");
    }

    private static void CheckPicture(RuleViolations violations, string field, Picture? picture)
    {
        if (picture is not null)
        {
            CheckEnum(violations, $"{field}.kind", picture.Kind);
            TextRules.Check(violations, $"{field}.text", picture.Text, TextRules.PictureLimit);
        }
    }

    private static void CheckScore(RuleViolations violations, string field, int? score)
    {
        if (score is < 1 or > 5)
        {
            violations.Add(field, "refusal.perspective.scoreOutOfRange");
        }
    }

    private static void CheckEnum<T>(RuleViolations violations, string field, T? value)
        where T : struct, Enum
    {
        if (value is { } given && !Enum.IsDefined(given))
        {
            violations.Add(field, "refusal.perspective.notAnOption");
        }
    }
}
