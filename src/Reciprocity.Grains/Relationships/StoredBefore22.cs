using System.Collections.Immutable;
using Reciprocity.Perspectives;

namespace Reciprocity.Grains.Relationships;

// Rows written before issue 22 keep a round's drafts and seals, and each revealed round's perspectives and traces, in
// immutable collections under the field ids below. Orleans reads a field by its id, so those ids stay readable here
// (the new shapes have ids of their own); Migrated() moves what an old row held into the new fields as the grain
// activates, and the row is written in the new shape by its next write. A row nothing writes again (an old archive
// row) is read this way for as long as it exists.

public sealed partial record RoundState
{
    [Id(1)] private ImmutableDictionary<Guid, Perspective>? DraftsBefore22 { get; init; }
    [Id(2)] private ImmutableHashSet<Guid>? SubmittedBefore22 { get; init; }
    [Id(3)] private ImmutableHashSet<Guid>? ConfirmedBefore22 { get; init; }
    [Id(4)] private ImmutableHashSet<Guid>? WithdrawnBefore22 { get; init; }
    [Id(5)] private ImmutableHashSet<Guid>? KeptPrivateBefore22 { get; init; }

    /// <summary>This round with whatever a row written before issue 22 held moved into the new fields.</summary>
    internal RoundState Migrated() => DraftsBefore22 is null && SubmittedBefore22 is null && ConfirmedBefore22 is null && WithdrawnBefore22 is null && KeptPrivateBefore22 is null
        ? this
        : this with
        {
            Drafts = DraftsBefore22?.ToPersonDictionary() ?? Drafts,
            Submitted = SubmittedBefore22 is { } submitted ? [.. submitted] : Submitted,
            Confirmed = ConfirmedBefore22 is { } confirmed ? [.. confirmed] : Confirmed,
            Withdrawn = WithdrawnBefore22 is { } withdrawn ? [.. withdrawn] : Withdrawn,
            KeptPrivate = KeptPrivateBefore22 is { } keptPrivate ? [.. keptPrivate] : KeptPrivate,
            DraftsBefore22 = null,
            SubmittedBefore22 = null,
            ConfirmedBefore22 = null,
            WithdrawnBefore22 = null,
            KeptPrivateBefore22 = null,
        };
}

public sealed partial record RevealedRound
{
    [Id(2)] private ImmutableDictionary<Guid, Perspective>? PerspectivesBefore22 { get; init; }
    [Id(3)] private ImmutableDictionary<Guid, string>? AppreciationsBefore22 { get; init; }
    [Id(4)] private ImmutableDictionary<Guid, string>? SmallThingsBefore22 { get; init; }

    /// <summary>This round with whatever a row written before issue 22 held moved into the new fields.</summary>
    internal RevealedRound Migrated() => PerspectivesBefore22 is null && AppreciationsBefore22 is null && SmallThingsBefore22 is null
        ? this
        : this with
        {
            Perspectives = PerspectivesBefore22?.ToPersonDictionary() ?? Perspectives,
            Appreciations = AppreciationsBefore22?.ToPersonDictionary() ?? Appreciations,
            SmallThings = SmallThingsBefore22?.ToPersonDictionary() ?? SmallThings,
            PerspectivesBefore22 = null,
            AppreciationsBefore22 = null,
            SmallThingsBefore22 = null,
        };
}

public sealed partial record RelationshipHistory
{
    [Id(0)] private ImmutableList<RevealedRound>? RoundsBefore22 { get; init; }

    /// <summary>These rounds with whatever a row written before issue 22 held moved into the new fields.</summary>
    internal RelationshipHistory Migrated() => RoundsBefore22 is { } before
        ? this with { Rounds = [.. before.Select(round => round.Migrated())], RoundsBefore22 = null }
        : this;
}

public sealed partial record RelationshipState
{
    /// <summary>This state with whatever a row written before issue 22 held moved into the new fields.</summary>
    internal RelationshipState Migrated() => this with { Round = Round.Migrated() };
}
