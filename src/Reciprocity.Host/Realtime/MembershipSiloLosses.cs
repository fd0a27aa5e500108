namespace Reciprocity.Host.Realtime;

/// <summary>A host with a silo of its own hears of a lost silo from the cluster's membership: a silo newly declared dead.</summary>
public sealed class MembershipSiloLosses(IClusterMembershipService membership) : ISiloLosses
{
    public async IAsyncEnumerable<int> Losses([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        HashSet<SiloAddress>? dead = null;
        await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(cancellation))
        {
            var nowDead = snapshot.Members.Values.Where(m => m.Status == SiloStatus.Dead).Select(m => m.SiloAddress).ToHashSet();
            // The first snapshot is where this host starts: silos that died before it are old news.
            var lost = dead is not null && !nowDead.IsSubsetOf(dead);
            dead = nowDead;
            if (lost)
            {
                yield return nowDead.Count;
            }
        }
    }
}
