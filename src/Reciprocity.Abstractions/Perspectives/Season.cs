namespace Reciprocity.Perspectives;

/// <summary>A time in which an imbalance is expected and legitimate: illness, grief, a transition. A private season keeps its note for the rater alone.</summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.Season")]
public sealed record Season(
    [property: Id(0)] SeasonKind? Kind = null,
    [property: Id(1)] string? Note = null,
    [property: Id(2)] bool? Private = null);

public enum SeasonKind
{
    None,
    Illness,
    Grief,
    Transition,
    Other,
}
