using Reciprocity.Perspectives;

namespace Reciprocity.Grains.Rules;

/// <summary>Merges a partial save into a draft: every field given replaces, every field left out stays.</summary>
internal static class Drafting
{
    public static Perspective Merge(Perspective draft, Perspective changes) => new(
        Merge(draft.Dimensions, changes.Dimensions),
        changes.Overall ?? draft.Overall,
        Merge(draft.Picture, changes.Picture),
        Merge(draft.Season, changes.Season));

    private static Dimensions? Merge(Dimensions? draft, Dimensions? changes) => changes is null ? draft : new(
        Merge(draft?.Initiation, changes.Initiation),
        Merge(draft?.Depth, changes.Depth),
        Merge(draft?.CrisisResponse, changes.CrisisResponse),
        Merge(draft?.Maintenance, changes.Maintenance));

    private static DimensionRating? Merge(DimensionRating? draft, DimensionRating? changes) => changes is null ? draft : new(
        changes.Score ?? draft?.Score,
        changes.Leans ?? draft?.Leans,
        changes.Note ?? draft?.Note,
        changes.Private ?? draft?.Private,
        Merge(draft?.Picture, changes.Picture));

    private static Picture? Merge(Picture? draft, Picture? changes) => changes is null ? draft : new(
        changes.Kind ?? draft?.Kind,
        changes.Text ?? draft?.Text,
        changes.Private ?? draft?.Private);

    private static Season? Merge(Season? draft, Season? changes) => changes is null ? draft : new(
        changes.Kind ?? draft?.Kind,
        changes.Note ?? draft?.Note,
        changes.Private ?? draft?.Private);
}
