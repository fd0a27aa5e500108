namespace Reciprocity.Relationships;

/// <summary>The only thing anyone learns about a sealed perspective before its reveal.</summary>
public enum ParticipantStatus
{
    NotStarted,
    InProgress,
    Submitted,
}
