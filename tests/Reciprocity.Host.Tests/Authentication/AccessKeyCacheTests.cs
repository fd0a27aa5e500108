using Microsoft.Extensions.Time.Testing;
using Reciprocity.Host.Authentication;

namespace Reciprocity.Host.Tests.Authentication;

public sealed class AccessKeyCacheTests
{
    private static readonly Guid Alex = Guid.NewGuid();
    private static readonly byte[] Key = [1, 2, 3];
    private static readonly byte[] OtherKey = [1, 2, 4];

    [Fact]
    public void A_confirmed_key_is_known_for_its_lifetime_and_only_that_key()
    {
        var time = new FakeTimeProvider();
        var cache = new AccessKeyCache(time);
        Assert.False(cache.Knows(Alex, Key));

        cache.Remember(Alex, Key, cache.Epoch);
        Assert.True(cache.Knows(Alex, Key));
        Assert.False(cache.Knows(Alex, OtherKey));
        Assert.False(cache.Knows(Guid.NewGuid(), Key));

        time.Advance(AccessKeyCache.Lifetime);
        Assert.False(cache.Knows(Alex, Key));
    }

    [Fact]
    public void A_forgotten_person_is_asked_again()
    {
        var cache = new AccessKeyCache(new FakeTimeProvider());
        cache.Remember(Alex, Key, cache.Epoch);

        cache.Forget(Alex);
        Assert.False(cache.Knows(Alex, Key));
    }

    [Fact]
    public void A_confirmation_that_was_asked_for_before_a_rotation_is_not_kept()
    {
        var cache = new AccessKeyCache(new FakeTimeProvider());

        // The grain confirmed the old key, but the rotation's forget reached this host before the answer did.
        var askedAt = cache.Epoch;
        cache.Forget(Alex);
        cache.Remember(Alex, Key, askedAt);

        Assert.False(cache.Knows(Alex, Key));
    }
}
