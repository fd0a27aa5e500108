using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using Reciprocity.Grains.Relationships;
using Reciprocity.Perspectives;

namespace Reciprocity.Grains.Rules;

/// <summary>
/// How many bytes (UTF-8, as stored) of people's writing a relationship keeps: notes, pictures, season notes and
/// traces, in every revealed round and the drafts of the round in progress. What the budgets in <see cref="Limits"/> count.
/// </summary>
internal static class WrittenText
{
    // A revealed round never changes once made (a change makes a new record), so its sizes are counted once.
    private static readonly ConditionalWeakTable<RevealedRound, Dictionary<Guid, long>> Rounds = [];

    // Nor does a history list (a reveal or a trace makes a new one): its sums are counted once, not at every draft save
    // (walking every revealed round per save was ~3 % of a round's CPU, issue 22).
    private static readonly ConditionalWeakTable<ImmutableList<RevealedRound>, Dictionary<Guid, long>> Histories = [];

    /// <summary>All the writing the relationship keeps, and the part of it <paramref name="personId"/> wrote.</summary>
    public static (long Total, long ByPerson) Of(RelationshipState state, Guid personId)
    {
        long total = 0, byPerson = 0;
        foreach (var (author, bytes) in Histories.GetValue(state.History, ByAuthor))
        {
            total += bytes;
            byPerson += author == personId ? bytes : 0;
        }

        // Once the current round is revealed, its drafts are the revealed perspectives, counted above.
        if (state.CurrentReveal is null)
        {
            foreach (var (author, draft) in state.Round.Drafts)
            {
                var bytes = Of(draft);
                total += bytes;
                byPerson += author == personId ? bytes : 0;
            }
        }

        return (total, byPerson);
    }

    public static long Of(Perspective perspective)
    {
        var bytes = Of(perspective.Picture?.Text) + Of(perspective.Season?.Note);
        foreach (var (_, rating) in (perspective.Dimensions ?? new Dimensions()).Each())
        {
            bytes += Of(rating?.Note) + Of(rating?.Picture?.Text);
        }

        return bytes;
    }

    private static Dictionary<Guid, long> ByAuthor(ImmutableList<RevealedRound> history)
    {
        var sizes = new Dictionary<Guid, long>();
        foreach (var round in history)
        {
            foreach (var (author, bytes) in Rounds.GetValue(round, ByAuthor))
            {
                sizes[author] = sizes.GetValueOrDefault(author) + bytes;
            }
        }

        return sizes;
    }

    private static Dictionary<Guid, long> ByAuthor(RevealedRound round)
    {
        var sizes = round.Perspectives.ToDictionary(p => p.Key, p => Of(p.Value));
        foreach (var (author, text) in round.Appreciations.Concat(round.SmallThings))
        {
            sizes[author] = sizes.GetValueOrDefault(author) + Of(text);
        }

        return sizes;
    }

    private static long Of(string? text) => text is null ? 0 : Encoding.UTF8.GetByteCount(text);
}
