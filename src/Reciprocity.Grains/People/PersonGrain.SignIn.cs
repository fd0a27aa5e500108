using Reciprocity.Grains.Reminders;
using Reciprocity.People;

namespace Reciprocity.Grains.People;

/// <summary>
/// Signing in on a new device by a link sent to the confirmed address (issue 21 item 1). The link works once, for 15
/// minutes; using it adds a key for that device beside the personal link's key, so the personal link and every other
/// device keep working (rotating the personal key ends them all).
/// </summary>
public sealed partial class PersonGrain : IPersonSignIn
{
    public static readonly TimeSpan SignInLinkLifetime = TimeSpan.FromMinutes(15);

    // A few links may be out at once (a second request before the first email arrived); the oldest goes first.
    private const int SignInLinksKept = 3;

    // Devices signed in by email; an eleventh signs the longest-signed-in one out.
    private const int DeviceKeysKept = 10;

    public async Task SendSignInLink(string address)
    {
        if (!State.IsRegistered || State.DeletionAskedAt is not null)
        {
            DeactivateOnIdle();
            await Addresses(address).Release(PersonId);
            return;
        }

        if (State.Email is not { } confirmed || !string.Equals(confirmed, address, StringComparison.OrdinalIgnoreCase))
        {
            // The address moved on to another since it was claimed: it signs this person in no more.
            await Addresses(address).Release(PersonId);
            return;
        }

        if (!mail.IsAvailable)
        {
            return;
        }

        // Stored before it is queued: only a link whose hash is kept can work, and it works after a restart.
        var now = time.GetUtcNow();
        var (token, hash) = SecretCode.Create(PersonId);
        var links = State.SignIn.Links.RemoveAll(link => link.Until <= now).Add(new SignInLink(hash, now + SignInLinkLifetime));
        await Commit(State with { SignIn = State.SignIn with { Links = links.Count > SignInLinksKept ? links.RemoveAt(0) : links } });
        mail.Post(new SignInEmail(confirmed, token, now + SignInLinkLifetime, Languages.OrEnglish(State.Language)));
    }

    public async Task<bool> CompleteSignIn(byte[] linkHash, byte[] deviceKeyHash)
    {
        if (!State.IsRegistered)
        {
            // A link made up for nobody must not keep an activation until idle collection.
            DeactivateOnIdle();
            return false;
        }

        if (State.DeletionAskedAt is not null)
        {
            return false;
        }

        var now = time.GetUtcNow();
        if (State.SignIn.Used.FirstOrDefault(used => used.Until > now && SecretCode.Matches(used.LinkHash, linkHash)) is { } used)
        {
            // The same device asking again (its answer was lost): still signed in. Any other device: the link is spent.
            return SecretCode.Matches(used.DeviceKeyHash, deviceKeyHash) && HasDeviceKey(deviceKeyHash);
        }

        if (State.SignIn.Links.FirstOrDefault(link => link.Until > now && SecretCode.Matches(link.LinkHash, linkHash)) is not { } link)
        {
            return false;
        }

        // One stored change: the link is spent and the device's key works, or neither (a crash before it leaves the link unused).
        var devices = State.SignIn.DeviceKeys.Add(new DeviceKey(deviceKeyHash, now));
        await Commit(State with
        {
            SignIn = State.SignIn with
            {
                Links = State.SignIn.Links.Remove(link),
                Used = State.SignIn.Used.RemoveAll(old => old.Until <= now).Add(new UsedSignInLink(linkHash, deviceKeyHash, link.Until)),
                DeviceKeys = devices.Count > DeviceKeysKept ? devices.RemoveAt(0) : devices,
            },
        });
        return true;
    }

    /// <summary>True when the key is one a device got by signing in with an email link.</summary>
    private bool HasDeviceKey(byte[] keyHash) => State.SignIn.DeviceKeys.Any(device => SecretCode.Matches(device.KeyHash, keyHash));

    /// <summary>Tells a confirmed address, once, that it signs this person in (addresses confirmed before sign-in existed too).</summary>
    private async Task ClaimAddressOnce()
    {
        if (State.Email is { } address && !State.SignIn.AddressClaimed)
        {
            await Addresses(address).Claim(PersonId);
            await Commit(State with { SignIn = State.SignIn with { AddressClaimed = true } });
        }
    }

    /// <summary>An address this person no longer has signs them in no more; its grain then forgets it.</summary>
    private async Task LetAddressGo(string? address)
    {
        if (address is not null)
        {
            await Addresses(address).Release(PersonId);
        }
    }

    private ISignInAddressGrain Addresses(string address) => GrainFactory.GetGrain<ISignInAddressGrain>(EmailAddress.MailboxKey(address));
}
