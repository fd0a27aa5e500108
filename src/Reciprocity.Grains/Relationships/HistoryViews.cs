using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Reciprocity.Grains.Rules;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Relationships;

/// <summary>
/// Each participant's view of the revealed rounds, kept by the relationship's activation. A revealed round never
/// changes, so each is turned into a view once per viewer, and every answer hands out the same instances (which lets
/// the host write each one's JSON once, too).
/// </summary>
internal sealed class HistoryViews
{
    private readonly Dictionary<Guid, Built> _byViewer = [];

    /// <summary>
    /// The rounds this viewer took part in, oldest first: their own perspective whole, the other's without private
    /// notes. The other person's solo rounds are not theirs, so they are not there at all.
    /// </summary>
    public IReadOnlyList<RevealedRoundView> For(RelationshipState state, Guid viewerId)
    {
        var built = _byViewer.GetValueOrDefault(viewerId);
        if (built is not null && ReferenceEquals(built.From, state.History))
        {
            return built.Views;
        }

        var rounds = built?.Rounds ?? new ConditionalWeakTable<RevealedRound, RevealedRoundView>();
        var views = new List<RevealedRoundView>(state.History.Count);
        foreach (var round in state.History)
        {
            if (round.Perspectives.ContainsKey(viewerId))
            {
                views.Add(rounds.GetValue(round, r => Build(state, r, viewerId)));
            }
        }

        _byViewer[viewerId] = new Built(state.History, views, rounds);
        return views;
    }

    private static RevealedRoundView Build(RelationshipState state, RevealedRound round, Guid viewerId)
    {
        var other = round.Perspectives.Keys.FirstOrDefault(id => id != viewerId);
        var theirs = other == Guid.Empty ? null : Sharing.ForOthers(round.Perspectives[other]);
        return new RevealedRoundView(state.DisplayNumber(round.Number), round.RevealedAt, round.Perspectives[viewerId], theirs, state.IsSoloRound(round.Number), round.Appreciations, round.SmallThings);
    }

    private sealed record Built(ImmutableList<RevealedRound> From, IReadOnlyList<RevealedRoundView> Views, ConditionalWeakTable<RevealedRound, RevealedRoundView> Rounds);
}
