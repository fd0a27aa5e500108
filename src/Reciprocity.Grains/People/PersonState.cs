using System.Collections.Immutable;

namespace Reciprocity.Grains.People;

/// <summary>What is kept of a person: a name, the hash of their access key, the relationships they take part in.</summary>
[GenerateSerializer, Alias("Reciprocity.PersonState")]
public sealed record PersonState
{
    [Id(0)] public bool IsRegistered { get; init; }
    [Id(1)] public string DisplayName { get; init; } = "";
    [Id(2)] public byte[] KeyHash { get; init; } = [];
    [Id(3)] public DateTimeOffset RegisteredAt { get; init; }
    [Id(4)] public ImmutableList<Guid> Relationships { get; init; } = [];

    /// <summary>The sessions this person facilitates or has a seat in; each counts as one towards the limit.</summary>
    [Id(5)] public ImmutableList<Guid> Sessions { get; init; } = [];

    /// <summary>Where reminders go; null when the person gave none. Never shown to anyone else, never logged.</summary>
    [Id(6)] public string? Email { get; init; }

    /// <summary>Hashes of the unsubscribe links sent to this address (one per email), newest last.</summary>
    [Id(7)] public ImmutableList<byte[]> UnsubscribeHashes { get; init; } = [];

    /// <summary>When the last reminder was sent: the next waits a day.</summary>
    [Id(8)] public DateTimeOffset? LastReminderAt { get; init; }

    public int Taken => Relationships.Count + Sessions.Count;
}
