using System.Collections.Immutable;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Relationships;

/// <summary>
/// Each participant's view of the revealed rounds, kept by the relationship's activation. A revealed round never
/// changes, so each is turned into a view once per viewer, and every answer hands out the same instances (which lets
/// the host write each one's JSON once, too).
/// </summary>
internal sealed class HistoryViews
{
    private readonly Dictionary<Guid, RevealedRoundView[]> _byViewer = [];

    public IReadOnlyList<RevealedRoundView> For(ImmutableList<RevealedRound> history, Guid viewerId, Guid partnerId)
    {
        var views = _byViewer.GetValueOrDefault(viewerId) ?? [];
        if (!Continues(views, history))
        {
            // The history is not an extension of what was built (a write failed and was undone): build it anew.
            views = [];
        }

        if (views.Length < history.Count)
        {
            var extended = new RevealedRoundView[history.Count];
            views.CopyTo(extended, 0);
            for (var i = views.Length; i < history.Count; i++)
            {
                var round = history[i];
                extended[i] = new RevealedRoundView(round.Number, round.RevealedAt, round.Perspectives[viewerId], round.Perspectives[partnerId]);
            }

            views = extended;
            _byViewer[viewerId] = views;
        }

        return views;
    }

    private static bool Continues(RevealedRoundView[] views, ImmutableList<RevealedRound> history) =>
        views.Length == 0
        || (views.Length <= history.Count
            && views[^1].Number == history[views.Length - 1].Number
            && views[^1].RevealedAt == history[views.Length - 1].RevealedAt);
}
