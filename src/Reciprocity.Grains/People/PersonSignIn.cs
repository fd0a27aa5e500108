using System.Collections.Immutable;

namespace Reciprocity.Grains.People;

/// <summary>
/// What signing in by email keeps for a person: the keys of devices signed in that way (the personal link's key is
/// <see cref="PersonState.KeyHash"/>, untouched), the links sent and not yet used, and links used lately, each with
/// the device key it started, so a device whose answer was lost to a crash can ask again.
/// </summary>
[GenerateSerializer, Alias("Reciprocity.PersonSignIn")]
public sealed record PersonSignIn
{
    [Id(0)] public ImmutableList<DeviceKey> DeviceKeys { get; init; } = [];
    [Id(1)] public ImmutableList<SignInLink> Links { get; init; } = [];
    [Id(2)] public ImmutableList<UsedSignInLink> Used { get; init; } = [];

    /// <summary>True once the confirmed address was told whom it signs in (addresses confirmed before sign-in existed are told later).</summary>
    [Id(3)] public bool AddressClaimed { get; init; }
}

/// <summary>The hash of one device's key and when the device signed in.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.DeviceKey")]
public sealed record DeviceKey([property: Id(0)] byte[] KeyHash, [property: Id(1)] DateTimeOffset SignedInAt);

/// <summary>A sign-in link sent and not yet used: the hash of its secret and until when it works.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.SignInLink")]
public sealed record SignInLink([property: Id(0)] byte[] LinkHash, [property: Id(1)] DateTimeOffset Until);

/// <summary>A used link and the device key it started, kept until the link would have expired.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.UsedSignInLink")]
public sealed record UsedSignInLink([property: Id(0)] byte[] LinkHash, [property: Id(1)] byte[] DeviceKeyHash, [property: Id(2)] DateTimeOffset Until);
