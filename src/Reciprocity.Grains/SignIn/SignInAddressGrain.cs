using System.Collections.Immutable;
using Reciprocity.People;

namespace Reciprocity.Grains.SignIn;

/// <summary>
/// A confirmed address, by the hash of its lower-cased form: the person it signs in (the one who confirmed it last),
/// and the sign-in links it got lately. An address nobody confirmed stores nothing and is let go at once.
/// </summary>
public sealed class SignInAddressGrain(
    [PersistentState("signin-address", ReciprocityStorage.Name)] IPersistentState<SignInAddressState> store,
    TimeProvider time) : Grain, ISignInAddressGrain
{
    /// <summary>Links within a quarter of an hour: enough for "it did not arrive, send another".</summary>
    public const int LinksPerQuarterHour = 3;

    /// <summary>Links a day: someone asking for another's address again and again fills nobody's inbox.</summary>
    public const int LinksPerDay = 10;

    private static readonly TimeSpan QuarterHour = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    public async Task RequestLink(string address)
    {
        if (store.State.Owner is not { } owner)
        {
            DeactivateOnIdle();
            return;
        }

        var now = time.GetUtcNow();
        var today = store.State.Sent.RemoveAll(sent => now - sent >= Day);
        if (today.Count >= LinksPerDay || today.Count(sent => now - sent < QuarterHour) >= LinksPerQuarterHour)
        {
            return;
        }

        await store.Replace(store.State with { Sent = today.Add(now) });
        await GrainFactory.ByGuid<IPersonSignIn>(owner).SendSignInLink(address);
    }

    public async Task Claim(Guid personId)
    {
        if (store.State.Owner != personId)
        {
            await store.Replace(store.State with { Owner = personId });
        }
    }

    public async Task Release(Guid personId)
    {
        if (store.State.Owner == personId)
        {
            // Nothing of the address is kept once it signs nobody in.
            await store.ClearStateAsync();
            store.State = new SignInAddressState();
            DeactivateOnIdle();
        }
    }
}

/// <summary>Whom the address signs in, and when sign-in links went to it in the last day.</summary>
[GenerateSerializer, Alias("Reciprocity.SignInAddressState")]
public sealed record SignInAddressState
{
    [Id(0)] public Guid? Owner { get; init; }
    [Id(1)] public ImmutableList<DateTimeOffset> Sent { get; init; } = [];
}
