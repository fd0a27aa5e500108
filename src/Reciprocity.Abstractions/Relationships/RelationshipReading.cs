using Reciprocity.Perspectives;

namespace Reciprocity.Relationships;

/// <summary>Which way care flows in one dimension, as one person sees it. Words, never a number to add up.</summary>
public enum Flow
{
    BothWays,
    MostlyGive,
    MostlyReceive,
    NotNamed,
}

/// <summary>What a reading rests on: the latest revealed round, a submitted perspective still waiting, or nothing yet.</summary>
public enum ReadingBasis
{
    None,
    Submitted,
    Revealed,
}

/// <summary>One dimension in the reading: the reader's own sense of it, and the other person's once revealed to the reader.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.DimensionFlow")]
public sealed record DimensionFlow(
    [property: Id(0)] Flow? Mine,
    [property: Id(1)] Flow? Theirs);

[GenerateSerializer, Immutable, Alias("Reciprocity.ReadingDimensions")]
public sealed record ReadingDimensions(
    [property: Id(0)] DimensionFlow Initiation,
    [property: Id(1)] DimensionFlow Depth,
    [property: Id(2)] DimensionFlow CrisisResponse,
    [property: Id(3)] DimensionFlow Maintenance);

/// <summary>
/// A dimension the reader rated 1 or 2 in the perspective their reading rests on, with the picture (a mutual pattern or
/// a boundary) they wrote for it, or null when they wrote none. Always the reader's own words, a private picture included.
/// </summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.LowDimension")]
public sealed record LowDimension(
    [property: Id(0)] string Dimension,
    [property: Id(1)] int Score,
    [property: Id(2)] Picture? Picture);

/// <summary>One relationship in a person's reading across relationships, built only from what they wrote and what was revealed to them.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.RelationshipReading")]
public sealed record RelationshipReading(
    [property: Id(0)] Guid RelationshipId,
    [property: Id(1)] RelationshipKind Kind,
    [property: Id(2)] string Label,
    [property: Id(3)] string PartnerName,
    [property: Id(4)] bool Solo,
    [property: Id(5)] ReadingBasis BasedOn,
    [property: Id(6)] int? RoundNumber,
    [property: Id(7)] DateTimeOffset? At,
    [property: Id(8)] int? Overall,
    [property: Id(9)] ReadingDimensions Dimensions,
    [property: Id(10)] Picture? Picture,
    [property: Id(11)] Season? Season,
    [property: Id(12)] IReadOnlyList<LowDimension> LowDimensions);

/// <summary>A person's three (or more) relationships read together.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.Reading")]
public sealed record Reading(
    [property: Id(0)] IReadOnlyList<RelationshipReading> Relationships);
