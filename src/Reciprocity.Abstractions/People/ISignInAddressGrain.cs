using Orleans.Concurrency;

namespace Reciprocity.People;

/// <summary>
/// One confirmed address, known by the hash of its lower-cased form (issue 21 item 1): who it signs in, and how many
/// sign-in links it got lately. An unknown address keeps nothing, so asking about made-up addresses stores nothing.
/// </summary>
[Alias("Reciprocity.ISignInAddressGrain")]
public interface ISignInAddressGrain : IGrainWithStringKey
{
    /// <summary>
    /// Someone asked for a sign-in link to <paramref name="address"/>. One-way, so the asker's answer cannot wait on,
    /// or be timed against, whether the address is known: a link is queued only for a known owner, within the limits.
    /// </summary>
    [OneWay, Alias("RequestLink")]
    Task RequestLink(string address);

    /// <summary>The address was confirmed by <paramref name="personId"/>: sign-in links go to them from now on.</summary>
    [Alias("Claim")]
    Task Claim(Guid personId);

    /// <summary>The person no longer has this address (changed, removed, unsubscribed, deleted): it signs nobody in.</summary>
    [Alias("Release")]
    Task Release(Guid personId);
}
