namespace Reciprocity.Relationships;

public enum RelationshipKind
{
    Partner,
    CloseFriend,
    FamilyMember,
    Other,
}
