using Reciprocity.People;

namespace Reciprocity.Host.Authentication;

/// <summary>Whether a key is its person's current one: this host's recent confirmations first, else the person's grain.</summary>
public sealed class AccessKeyCheck(IGrainFactory grains, AccessKeyCache confirmed)
{
    /// <summary>True when this host confirmed the key within the last few seconds; asks nothing.</summary>
    public bool IsConfirmed(Guid personId, byte[] keyHash) => confirmed.Knows(personId, keyHash);

    public async ValueTask<bool> IsCurrent(Guid personId, byte[] keyHash)
    {
        if (confirmed.Knows(personId, keyHash))
        {
            return true;
        }

        var epoch = confirmed.Epoch;
        if (!await grains.ByGuid<IPersonGrain>(personId).Authenticate(keyHash))
        {
            return false;
        }

        confirmed.Remember(personId, keyHash, epoch);
        return true;
    }
}
