namespace Reciprocity.People;

/// <summary>
/// How much one person's writing takes across their relationships (issue 26), keyed by the person's id: each
/// relationship holds room for what the person wrote in it, in steps, so the total stays within one person's budget.
/// A leaf: it calls no other grain, so a relationship may ask it in the middle of a change.
/// </summary>
[Alias("Reciprocity.IWritingBudgetGrain")]
public interface IWritingBudgetGrain : IGrainWithGuidKey
{
    /// <summary>
    /// Holds <paramref name="bytes"/> for the person's writing in the relationship (replacing what it held before, 0 lets
    /// it go); false, holding nothing new, when that would take the person past their budget.
    /// </summary>
    [Alias("Hold")]
    Task<bool> Hold(Guid relationshipId, long bytes);

    /// <summary>Forgets everything held (the person is deleted).</summary>
    [Alias("Forget")]
    Task Forget();
}
