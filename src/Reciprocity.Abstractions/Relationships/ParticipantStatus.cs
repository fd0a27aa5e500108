namespace Reciprocity.Relationships;

/// <summary>The only thing anyone learns about a sealed perspective before its reveal.</summary>
public enum ParticipantStatus
{
    NotStarted,
    InProgress,
    Submitted,

    /// <summary>Submitted, and ready to open the round together ("open it now").</summary>
    Confirmed,
}
