using System.Collections.Immutable;
using Reciprocity.Sessions;

namespace Reciprocity.Grains.Practice;

/// <summary>A facilitator's practice: whether they say they facilitate, and their households. Replaced whole, then written.</summary>
[GenerateSerializer, Alias("Reciprocity.PracticeState")]
public sealed record PracticeState
{
    [Id(0)] public bool Facilitates { get; init; }
    [Id(1)] public ImmutableList<HouseholdState> Households { get; init; } = [];

    public HouseholdState? Household(Guid householdId) => Households.FirstOrDefault(h => h.HouseholdId == householdId && !h.Deleting);
}

/// <summary>A household or couple as the facilitator named it for themselves, and the sessions run for it, oldest first.</summary>
[GenerateSerializer, Alias("Reciprocity.HouseholdState")]
public sealed record HouseholdState
{
    [Id(0)] public Guid HouseholdId { get; init; }
    [Id(1)] public string Name { get; init; } = "";
    [Id(2)] public SessionKind Kind { get; init; }
    [Id(3)] public DateOnly? NextSession { get; init; }
    [Id(4)] public bool Archived { get; init; }
    [Id(5)] public ImmutableList<Guid> Sessions { get; init; } = [];
    [Id(6)] public DateTimeOffset AddedAt { get; init; }

    /// <summary>Its deletion was asked: hidden from then on, and finished on the next visit if a crash cut it short.</summary>
    [Id(7)] public bool Deleting { get; init; }
}
