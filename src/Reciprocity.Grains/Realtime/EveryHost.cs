using Reciprocity.Realtime;

namespace Reciprocity.Grains.Realtime;

/// <summary>
/// Makes every host forget a person's confirmed access keys and end their open hub connections: after a key rotation,
/// a removal from a relationship or a deletion. Bounded: a host that does not answer forgets the keys by itself soon
/// after (its confirmations expire), and its connections are refused at their next Watch.
/// </summary>
internal static class EveryHost
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);

    /// <summary>Throws when the directory or a host did not answer in time; the caller logs it.</summary>
    public static async Task ForgetPerson(IGrainFactory grains, Guid personId, TimeProvider time)
    {
        var hosts = await grains.GetGrain<IRelayDirectoryGrain>(0).GetRelays().WaitAsync(Bound, time);
        await Task.WhenAll(hosts.Select(host => host.ForgetAccessKeys(personId).WaitAsync(Bound, time)));
    }
}
