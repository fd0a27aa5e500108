namespace Reciprocity.Storage;

/// <summary>
/// Makes the database let go of deleted words after a deletion. A grain, so that it runs where the database is: in
/// the host itself when it is Combined, on a silo when the caller is a front end.
/// </summary>
[Alias("Reciprocity.IErasureGrain")]
public interface IErasureGrain : IGrainWithIntegerKey
{
    /// <summary>Answers once the clean-up ran; a failure is logged on the silo, never answered.</summary>
    [Alias("AfterDeletion")]
    Task AfterDeletion();
}
