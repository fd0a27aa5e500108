using Reciprocity.Perspectives;

namespace Reciprocity.Grains.Rules;

/// <summary>
/// Merges a partial save into a draft: every field given replaces, every field left out stays. And reads back the
/// fields a save named, as the draft now holds them.
/// </summary>
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

    /// <summary>The fields <paramref name="changes"/> named, read from <paramref name="held"/>; every other field is absent.</summary>
    public static Perspective Named(Perspective held, Perspective changes) => new(
        Named(held.Dimensions, changes.Dimensions),
        changes.Overall is null ? null : held.Overall,
        Named(held.Picture, changes.Picture),
        Named(held.Season, changes.Season));

    private static Dimensions? Named(Dimensions? held, Dimensions? changes) => changes is null ? null : new(
        Named(held?.Initiation, changes.Initiation),
        Named(held?.Depth, changes.Depth),
        Named(held?.CrisisResponse, changes.CrisisResponse),
        Named(held?.Maintenance, changes.Maintenance));

    private static DimensionRating? Named(DimensionRating? held, DimensionRating? changes) => changes is null ? null : new(
        changes.Score is null ? null : held?.Score,
        changes.Leans is null ? null : held?.Leans,
        changes.Note is null ? null : held?.Note,
        changes.Private is null ? null : held?.Private,
        Named(held?.Picture, changes.Picture));

    private static Picture? Named(Picture? held, Picture? changes) => changes is null ? null : new(
        changes.Kind is null ? null : held?.Kind,
        changes.Text is null ? null : held?.Text,
        changes.Private is null ? null : held?.Private);

    private static Season? Named(Season? held, Season? changes) => changes is null ? null : new(
        changes.Kind is null ? null : held?.Kind,
        changes.Note is null ? null : held?.Note,
        changes.Private is null ? null : held?.Private);
}
