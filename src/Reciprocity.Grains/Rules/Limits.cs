namespace Reciprocity.Grains.Rules;

/// <summary>
/// How much one person and one relationship may hold, so no one can grow a record without end: a person's record is
/// rewritten whole on each relationship they start or join, and every view of a relationship carries its history.
/// </summary>
internal static class Limits
{
    /// <summary>Relationships one person takes part in, started or joined: many times the method's three.</summary>
    public const int RelationshipsPerPerson = 100;

    /// <summary>Rounds of one relationship: one a week for almost ten years.</summary>
    public const int RoundsPerRelationship = 500;

    /// <summary>
    /// Bytes of writing (UTF-8) one relationship keeps, both people's, every round and trace: 500 rounds (the most a
    /// relationship holds) of about 8,000 bytes each, several times the longest reflection anyone writes in a week.
    /// </summary>
    public const long RelationshipTextBudget = 8L * 1024 * 1024;

    /// <summary>
    /// Bytes of writing one person keeps across all their relationships: four relationships filled to their budget
    /// alone, or the method's three written at length every week for decades.
    /// </summary>
    public const long PersonTextBudget = 32L * 1024 * 1024;

    /// <summary>A relationship holds room in its people's budgets in steps of this size, so most saves ask nobody.</summary>
    public const long BudgetStep = 64 * 1024;

    public static void CheckRoomForRelationship(int relationships)
    {
        if (relationships >= RelationshipsPerPerson)
        {
            throw AuditRuleException.Conflict("refusal.limit.relationships", ("limit", RelationshipsPerPerson));
        }
    }

    public static void CheckRoomForRound(int roundNumber)
    {
        if (roundNumber >= RoundsPerRelationship)
        {
            throw AuditRuleException.Conflict("refusal.limit.rounds", ("limit", RoundsPerRelationship));
        }
    }

    /// <summary>A budget in whole megabytes, as its refusal words it ("8 MB").</summary>
    public static long Megabytes(long bytes) => bytes / (1024 * 1024);

    public static AuditRuleException RelationshipFull() =>
        AuditRuleException.Conflict("refusal.limit.relationshipWriting", ("megabytes", Megabytes(RelationshipTextBudget)));

    public static AuditRuleException PersonFull() =>
        AuditRuleException.Conflict("refusal.limit.personWriting", ("megabytes", Megabytes(PersonTextBudget)));
}
