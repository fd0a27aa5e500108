using Reciprocity.Grains.Rules;
using Reciprocity.People;

namespace Reciprocity.Grains.People;

/// <summary>The person's language (issue 23): chosen when they are created, changeable, one of the supported codes.</summary>
public sealed partial class PersonGrain
{
    public async Task<string> SetLanguage(string language)
    {
        EnsureRegistered();
        var violations = new RuleViolations();
        CheckLanguage(violations, language);
        violations.ThrowIfAny();
        if (State.Language != language)
        {
            await Commit(State with { Language = language });
        }

        return language;
    }

    public Task<string> GetLanguage()
    {
        EnsureRegistered();
        return Task.FromResult(Languages.OrEnglish(State.Language));
    }

    private static void CheckLanguage(RuleViolations violations, string? language)
    {
        if (!Languages.IsSupported(language))
        {
            violations.Add("language", "refusal.person.chooseLanguage", ("languages", string.Join(", ", Languages.Supported)));
        }
    }
}
