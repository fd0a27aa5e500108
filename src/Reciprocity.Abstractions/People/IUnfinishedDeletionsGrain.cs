namespace Reciprocity.People;

/// <summary>
/// The people whose deletion was asked for and is not finished yet: stored before a deletion starts, so a deletion
/// stopped by a crash is finished after the restart without anyone asking again. Every host asks it at start.
/// </summary>
[Alias("Reciprocity.IUnfinishedDeletionsGrain")]
public interface IUnfinishedDeletionsGrain : IGrainWithIntegerKey
{
    /// <summary>The person asked to delete everything: kept until <see cref="Finished"/>.</summary>
    [Alias("Started")]
    Task Started(Guid personId);

    /// <summary>Nothing of the person is left.</summary>
    [Alias("Finished")]
    Task Finished(Guid personId);

    /// <summary>A facilitator asked to delete a household: their practice is kept until <see cref="PracticeFinished"/>.</summary>
    [Alias("PracticeStarted")]
    Task PracticeStarted(Guid facilitatorId);

    /// <summary>The practice holds no household being deleted.</summary>
    [Alias("PracticeFinished")]
    Task PracticeFinished(Guid facilitatorId);

    /// <summary>Tells every person and practice still listed to finish their deletion (one-way); returns how many.</summary>
    [Alias("ResumeAll")]
    Task<int> ResumeAll();
}
