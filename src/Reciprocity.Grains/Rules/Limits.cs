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

    public static void CheckRoomForRelationship(int relationships)
    {
        if (relationships >= RelationshipsPerPerson)
        {
            throw new AuditRuleException(
                RuleFailure.Conflict,
                $"You already take part in {RelationshipsPerPerson} relationships, as many as one person can have here.");
        }
    }

    public static void CheckRoomForRound(int roundNumber)
    {
        if (roundNumber >= RoundsPerRelationship)
        {
            throw new AuditRuleException(
                RuleFailure.Conflict,
                $"This relationship already holds {RoundsPerRelationship} rounds, as many as one relationship can keep here.");
        }
    }
}
