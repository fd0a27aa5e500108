namespace Reciprocity.People;

/// <summary>
/// Signing a person in on a new device by a one-time link sent to their confirmed address (issue 21 item 1). The
/// device gets a key of its own; the personal link, and every other device, keep working.
/// </summary>
[Alias("Reciprocity.IPersonSignIn")]
public interface IPersonSignIn : IGrainWithGuidKey
{
    /// <summary>Asked by the address's grain: queues a link to the person's confirmed address if it still is <paramref name="address"/>.</summary>
    [Alias("SendSignInLink")]
    Task SendSignInLink(string address);

    /// <summary>
    /// Uses the link whose secret hashes to <paramref name="linkHash"/>: in one stored change the link is used and
    /// the device key whose hash is <paramref name="deviceKeyHash"/> starts working. Asked again with the same link
    /// and the same device key (an answer lost to a crash), true again; false for an unknown, expired or used link.
    /// </summary>
    [Alias("CompleteSignIn")]
    Task<bool> CompleteSignIn(byte[] linkHash, byte[] deviceKeyHash);
}
