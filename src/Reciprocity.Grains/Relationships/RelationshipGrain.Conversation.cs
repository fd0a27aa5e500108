using Reciprocity.Perspectives;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Relationships;

/// <summary>
/// The relationship's side of what follows a reveal (issue 13): traces of the conversation, the history in pages and
/// as a timeline, and the next check-in. The rules are <see cref="Traces"/> and <see cref="NextCheckIns"/>.
/// </summary>
public sealed partial class RelationshipGrain : IRelationshipConversation
{
    private const int MaxPage = 50;

    public Task<RoundTraces> SetAppreciation(Guid personId, int roundNumber, string text) =>
        Retrace(personId, roundNumber, text, Traces.AppreciationLimit, (round, written) => Traces.Appreciate(State, round, personId, written));

    public Task<RoundTraces> SetSmallThing(Guid personId, int roundNumber, string text) =>
        Retrace(personId, roundNumber, text, Traces.SmallThingLimit, (round, written) => Traces.TrySmallThing(round, personId, written));

    public Task<HistoryPage> GetHistory(Guid personId, int? before, int limit)
    {
        EnsureParticipant(personId);
        if (before is < 1)
        {
            throw AuditRuleException.Invalid("before", "refusal.history.before");
        }

        if (limit is < 1 or > MaxPage)
        {
            throw AuditRuleException.Invalid("limit", "refusal.history.limit", ("most", MaxPage));
        }

        // Positions count the caller's revealed rounds from 1, oldest first: the round numbers, except after a solo reflection was shared.
        var history = _historyViews.For(State, personId);
        var end = Math.Min((before ?? int.MaxValue) - 1, history.Count);
        var start = Math.Max(0, end - limit);
        var rounds = history.Skip(start).Take(end - start).ToList();
        return Task.FromResult(new HistoryPage(rounds, history.Count, start > 0 ? start + 1 : null));
    }

    public Task<Timeline> GetTimeline(Guid personId)
    {
        EnsureParticipant(personId);
        var points = _historyViews.For(State, personId)
            .Select(round => new TimelinePoint(round.Number, round.RevealedAt, round.Solo, PointOf(round.Mine), round.Theirs is { } theirs ? PointOf(theirs) : null))
            .ToList();
        return Task.FromResult(new Timeline(points));
    }

    public Task<RelationshipView> GetWholeView(Guid personId)
    {
        EnsureParticipant(personId);
        return Task.FromResult(RelationshipViews.For(RelationshipId, State, personId, _historyViews, wholeHistory: true));
    }

    public async Task<RelationshipView> ProposeNextCheckIn(Guid personId, DateOnly day)
    {
        EnsureParticipant(personId);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        await ChangeNextCheckIn(NextCheckIns.Propose(State, personId, day, today));
        return View(personId);
    }

    public async Task<RelationshipView> AcceptNextCheckIn(Guid personId)
    {
        EnsureParticipant(personId);
        var next = NextCheckIns.Accept(State, personId);
        if (!ReferenceEquals(next, State))
        {
            await ChangeNextCheckIn(next);
        }

        return View(personId);
    }

    public async Task WithdrawNextCheckIn(Guid personId)
    {
        EnsureParticipant(personId);
        if (State.NextCheckIn is not null)
        {
            await ChangeNextCheckIn(State with { NextCheckIn = null });
        }
    }

    public Task<NextCheckIn?> GetNextCheckIn(Guid personId)
    {
        EnsureParticipant(personId);
        return Task.FromResult(State.NextCheckIn);
    }

    private async Task ChangeNextCheckIn(RelationshipState next)
    {
        await _rows.Commit(next, reveal: null);
        Announce.NextCheckIn(State);
        CheckInReminders.Schedule(GrainFactory, RelationshipId, State);
    }

    private async Task<RoundTraces> Retrace(Guid personId, int roundNumber, string text, int limit, Func<RevealedRound, string, RevealedRound> write)
    {
        EnsureParticipant(personId);
        Traces.CheckText(text, limit);
        Departures.EnsureOngoing(State);
        var index = Traces.Find(State, personId, roundNumber);
        var round = State.History[index];
        var changed = write(round, text);
        if (changed.Appreciations.SequenceEqual(round.Appreciations) && changed.SmallThings.SequenceEqual(round.SmallThings))
        {
            return Traces.Of(State, round);
        }

        var next = State with { History = State.History.SetItem(index, changed) };
        await EnsureRoomFor(next, personId);
        await _rows.Retrace(next, changed);
        Announce.Traces(State, changed);
        return Traces.Of(State, changed);
    }

    private static PointOfView PointOf(Perspective perspective)
    {
        var dimensions = (perspective.Dimensions ?? new Dimensions()).Each().ToList();
        return new PointOfView(
            dimensions.ToDictionary(d => d.Name, d => d.Rating?.Score),
            dimensions.ToDictionary(d => d.Name, d => d.Rating?.Leans),
            perspective.Overall,
            perspective.Season?.Kind ?? SeasonKind.None);
    }
}
