using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Reciprocity.Host.Authentication;

/// <summary>
/// The access keys this host has recently seen confirmed by their person's grain, so that a busy person's every
/// request does not ask the grain again. A key rotation tells every host to forget that person at once
/// (<see cref="Forget"/>, awaited by the rotation); a host that cannot be told forgets within <see cref="Lifetime"/>.
/// </summary>
public sealed class AccessKeyCache(TimeProvider time)
{
    /// <summary>How long a confirmation counts without asking again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    // Far more people than one host serves at once; past it the cache starts over rather than grow without end.
    private const int Capacity = 100_000;

    private readonly ConcurrentDictionary<Guid, Confirmation> _confirmed = new();
    private long _forgets;

    /// <summary>Marks the moment a check starts: a confirmation is kept only if nothing was forgotten since.</summary>
    public long Epoch => Interlocked.Read(ref _forgets);

    public bool Knows(Guid personId, byte[] keyHash) =>
        _confirmed.TryGetValue(personId, out var confirmation)
        && time.GetUtcNow() < confirmation.Until
        && CryptographicOperations.FixedTimeEquals(confirmation.KeyHash, keyHash);

    /// <summary>Remembers a key the grain confirmed, unless a key was forgotten after <paramref name="epoch"/>.</summary>
    public void Remember(Guid personId, byte[] keyHash, long epoch)
    {
        if (_confirmed.Count >= Capacity)
        {
            _confirmed.Clear();
        }

        _confirmed[personId] = new Confirmation(keyHash, time.GetUtcNow() + Lifetime);

        // A rotation that landed while the grain was asked may have been forgotten before this was written.
        if (Epoch != epoch)
        {
            _confirmed.TryRemove(personId, out _);
        }
    }

    public void Forget(Guid personId)
    {
        Interlocked.Increment(ref _forgets);
        _confirmed.TryRemove(personId, out _);
    }

    private sealed record Confirmation(byte[] KeyHash, DateTimeOffset Until);
}
