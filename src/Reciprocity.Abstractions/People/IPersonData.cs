using Orleans.Concurrency;
using Reciprocity.Relationships;
using Reciprocity.Sessions;

namespace Reciprocity.People;

/// <summary>A person's control over their data: keeping answers private, export, leaving, and deleting everything.</summary>
[Alias("Reciprocity.IPersonData")]
public interface IPersonData : IGrainWithGuidKey
{
    /// <summary>Moves the caller's draft of a shared relationship into a new solo reflection; returns its id.</summary>
    [Alias("KeepPrivate")]
    Task<Guid> KeepPrivate(Guid relationshipId);

    /// <summary>
    /// What an export holds: the person, and the relationships and sessions to read one by one as they are written
    /// (<see cref="PersonExports"/>), so no export is ever gathered whole in memory (issue 26).
    /// </summary>
    [Alias("ExportIndex")]
    Task<ExportIndex> ExportIndex();

    /// <summary>Leaves one relationship, deleting what the person wrote in it.</summary>
    [Alias("LeaveRelationship")]
    Task LeaveRelationship(Guid relationshipId);

    /// <summary>Told by a relationship that removed this person: it is no longer theirs.</summary>
    [OneWay, Alias("ForgetRelationship")]
    Task ForgetRelationship(Guid relationshipId);

    /// <summary>
    /// Leaves every relationship and deletes the person. The intent is stored first and the key stops working on every
    /// host from that moment; a deletion stopped by a crash is finished after the restart (<see cref="FinishDeletion"/>).
    /// </summary>
    [Alias("DeleteEverything")]
    Task DeleteEverything();

    /// <summary>Asked by the list of unfinished deletions after a restart: finishes the deletion, then lets the database forget.</summary>
    [OneWay, Alias("FinishDeletion")]
    Task FinishDeletion();
}

[GenerateSerializer, Immutable, Alias("Reciprocity.ExportIndex")]
public sealed record ExportIndex(
    [property: Id(0)] Guid PersonId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] IReadOnlyList<Guid> Relationships,
    [property: Id(3)] IReadOnlyList<Guid> Sessions,
    [property: Id(4)] string Language = Languages.English);
