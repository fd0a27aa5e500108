using Reciprocity.Sessions;

namespace Reciprocity.Practice;

/// <summary>
/// A person's practice as a facilitator: whether they say they facilitate, and their clients (households and couples),
/// each named by the facilitator for themselves, with the sessions run for them. Keyed by the person's id, so only that
/// person ever reaches it. It calls sessions and never people.
/// </summary>
[Alias("Reciprocity.IPracticeGrain")]
public interface IPracticeGrain : IGrainWithGuidKey
{
    /// <summary>The practice home: the households not archived (or, with <paramref name="archived"/>, only the archived ones).</summary>
    [Alias("GetHome")]
    Task<PracticeHome> GetHome(bool archived);

    /// <summary>The person says they facilitate (or no longer lead with it); nothing else changes.</summary>
    [Alias("SetFacilitates")]
    Task<PracticeHome> SetFacilitates(bool facilitates);

    [Alias("AddHousehold")]
    Task<HouseholdView> AddHousehold(string name, SessionKind kind);

    /// <summary>Renames, agrees the next session (or clears it), archives or brings back a household.</summary>
    [Alias("ChangeHousehold")]
    Task<HouseholdView> ChangeHousehold(Guid householdId, HouseholdChange change);

    /// <summary>
    /// Opens the household's next session. The seats of its latest session are carried forward, each kept for the person
    /// who sat in it and waiting for them to confirm again; their links are shown this once.
    /// </summary>
    [Alias("StartSession")]
    Task<StartedSession> StartSession(Guid householdId, string title, string facilitatorName);

    /// <summary>How each pair's released rounds moved across the household's sessions, in order.</summary>
    [Alias("GetMovement")]
    Task<HouseholdMovement> GetMovement(Guid householdId);

    /// <summary>The households, archived ones too, for the practice's export; one is read at a time with <see cref="ExportHousehold"/>.</summary>
    [Alias("GetIndex")]
    Task<PracticeIndex> GetIndex();

    [Alias("ExportHousehold")]
    Task<HouseholdRecord> ExportHousehold(Guid householdId);

    /// <summary>
    /// Deletes a household: its sessions close (the facilitator's notes and seat names go), then its name. Hidden at once;
    /// after a crash it is finished at the next start (<see cref="FinishDeletions"/>) or visit, whichever comes first.
    /// The participants' own reflections stay theirs.
    /// </summary>
    [Alias("DeleteHousehold")]
    Task DeleteHousehold(Guid householdId);

    /// <summary>Finishes the household deletions a crash cut short; nothing when there are none.</summary>
    [Alias("FinishDeletions")]
    Task FinishDeletions();

    /// <summary>The person deletes everything: every household goes as <see cref="DeleteHousehold"/> does.</summary>
    [Alias("Forget")]
    Task Forget();
}
