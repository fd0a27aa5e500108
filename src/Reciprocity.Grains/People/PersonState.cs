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

    /// <summary>Where reminders go, confirmed by its owner; null when there is none. Never shown to anyone else, never logged.</summary>
    [Id(6)] public string? Email { get; init; }

    /// <summary>Hashes of the unsubscribe links sent to this address (one per email), newest last.</summary>
    [Id(7)] public ImmutableList<byte[]> UnsubscribeHashes { get; init; } = [];

    /// <summary>When the last reminder was sent: the next waits a day.</summary>
    [Id(8)] public DateTimeOffset? LastReminderAt { get; init; }

    /// <summary>Agreed next check-ins not yet told, by relationship.</summary>
    [Id(9)] public ImmutableDictionary<Guid, DateOnly> CheckIns { get; init; } = ImmutableDictionary<Guid, DateOnly>.Empty;

    /// <summary>An address given but not yet confirmed from the link sent to it: nothing but that link goes there.</summary>
    [Id(10)] public PendingEmail? PendingEmail { get; init; }

    /// <summary>When confirmation emails were sent for this person in the last day (a person may ask a few times a day).</summary>
    [Id(11)] public ImmutableList<DateTimeOffset> ConfirmationsSent { get; init; } = [];

    /// <summary>When the person asked to delete everything: from then on their key is refused, and the deletion is finished even after a crash.</summary>
    [Id(12)] public DateTimeOffset? DeletionAskedAt { get; init; }

    /// <summary>Device keys and sign-in links from the person's confirmed address (issue 21); an old row reads as none. Id 30 leaves room for others' fields.</summary>
    [Id(30)] public PersonSignIn SignIn { get; init; } = new();

    /// <summary>The person's language (issue 23): their emails, reminders and calendar files follow it; an old row reads as English.</summary>
    [Id(40)] public string Language { get; init; } = Reciprocity.People.Languages.English;

    public int Taken => Relationships.Count + Sessions.Count;
}

/// <summary>An address waiting for its owner: the hash of the link's secret, and until when the link works.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.PendingEmail")]
public sealed record PendingEmail([property: Id(0)] string Address, [property: Id(1)] byte[] TokenHash, [property: Id(2)] DateTimeOffset Until);
