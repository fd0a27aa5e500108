using System.Collections.Immutable;
using Reciprocity.Grains.Rules;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Relationships;

/// <summary>
/// The traces a conversation leaves on a revealed round: a short reply of thanks to the other's perspective (shared
/// rounds only), and one small thing each person will try. Each person writes only their own; both read both.
/// </summary>
internal static class Traces
{
    public const int AppreciationLimit = 500;
    public const int SmallThingLimit = 280;

    /// <summary>
    /// The revealed round the viewer calls <paramref name="number"/>. After a solo reflection was shared, its author
    /// sees a solo and a shared round under the same number: the shared one, the later, is meant.
    /// </summary>
    public static int Find(RelationshipState state, Guid viewerId, int number)
    {
        for (var i = state.History.Count - 1; i >= 0; i--)
        {
            var round = state.History[i];
            if (round.Perspectives.ContainsKey(viewerId) && state.DisplayNumber(round.Number) == number)
            {
                return i;
            }
        }

        throw state.CurrentReveal is null && state.DisplayNumber(state.Round.Number) == number
            ? AuditRuleException.Conflict("refusal.traces.notOpenYet")
            : AuditRuleException.NotFound();
    }

    public static void CheckText(string? text, int limit)
    {
        var violations = new RuleViolations();
        if (text is null)
        {
            violations.Add("text", "refusal.traces.textMissing");
        }

        TextRules.Check(violations, "text", text, limit);
        violations.ThrowIfAny();
    }

    public static RevealedRound Appreciate(RelationshipState state, RevealedRound round, Guid personId, string text)
    {
        if (state.IsSoloRound(round.Number))
        {
            throw AuditRuleException.Conflict("refusal.traces.soloThanks");
        }

        return round with { Appreciations = Write(round.Appreciations, personId, text) };
    }

    public static RevealedRound TrySmallThing(RevealedRound round, Guid personId, string text) =>
        round with { SmallThings = Write(round.SmallThings, personId, text) };

    public static RoundTraces Of(RelationshipState state, RevealedRound round) =>
        new(state.DisplayNumber(round.Number), round.Appreciations, round.SmallThings);

    /// <summary>
    /// The small things of the latest revealed round before the current one, for the start of the next check-in; null
    /// when there is no such round or nobody wrote one.
    /// </summary>
    public static LastTime? LastTime(IReadOnlyList<RevealedRoundView> history, bool currentRevealed)
    {
        var index = history.Count - (currentRevealed ? 2 : 1);
        return index >= 0 && history[index].SmallThings.Count > 0 ? new LastTime(history[index].Number, history[index].SmallThings) : null;
    }

    // Blank text takes the trace back.
    private static PersonDictionary<string> Write(PersonDictionary<string> traces, Guid personId, string text) =>
        string.IsNullOrWhiteSpace(text) ? traces.Remove(personId) : traces.SetItem(personId, text);
}
