namespace Reciprocity.Realtime;

/// <summary>
/// One event for one audience, on every host: the hub method's name is the event record's type name. A new event is
/// a record; the publisher, the relays and the hub pass any of them on unchanged.
/// </summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.LiveMessage")]
public sealed record LiveMessage(
    [property: Id(0)] string Audience,
    [property: Id(1)] string Name,
    [property: Id(2)] object Payload)
{
    public static LiveMessage To(string audience, object payload) => new(audience, payload.GetType().Name, payload);
}

/// <summary>The audiences live events go to: every watcher of a relationship or a session, one person watching a relationship, a session's facilitator.</summary>
public static class Audiences
{
    /// <summary>Every connection watching the relationship: statuses and other events that hold nobody's answers.</summary>
    public static string Relationship(Guid relationshipId) => $"relationship:{relationshipId:N}";

    /// <summary>One person's connections watching the relationship: what only that person may see.</summary>
    public static string Viewer(Guid relationshipId, Guid personId) => $"relationship:{relationshipId:N}:{personId:N}";

    /// <summary>Everyone watching a session, facilitator and participants: changes that hold nobody's answers.</summary>
    public static string Session(Guid sessionId) => $"session:{sessionId:N}";

    /// <summary>The session's facilitator's connections watching it: the board, and pairs as they are released.</summary>
    public static string Facilitator(Guid sessionId) => $"session:{sessionId:N}:facilitator";
}
