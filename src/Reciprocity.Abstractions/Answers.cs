namespace Reciprocity;

/// <summary>Reading what may be gone: a grain that answers "not there" (a closed session, a relationship this person
/// was removed from) reads as null, and any other refusal stays a refusal.</summary>
public static class Answers
{
    public static async Task<T?> StillThere<T>(Task<T> answer)
        where T : class
    {
        try
        {
            return await answer;
        }
        catch (AuditRuleException gone) when (gone.Failure == RuleFailure.NotFound)
        {
            return null;
        }
    }
}
