using Reciprocity.Grains.Rules;
using Reciprocity.Sessions;

namespace Reciprocity.Grains.People;

/// <summary>
/// A person's sessions: opening one as its facilitator, taking a seat, leaving. The person keeps only the sessions'
/// ids; the pairs they are in are read from each session, so a session never has to call a person back.
/// </summary>
public sealed partial class PersonGrain
{
    public async Task<SessionView> OpenSession(string title, SessionKind kind)
    {
        EnsureRegistered();
        Limits.CheckRoomForRelationship(State.Taken);
        var sessionId = Guid.NewGuid();
        var view = await Session(sessionId).Open(new SessionOpening(PersonId, State.DisplayName, title, kind));
        await Commit(State with { Sessions = State.Sessions.Add(sessionId) });
        return view;
    }

    public async Task<SessionView> ClaimSeat(string seatCode)
    {
        EnsureRegistered();
        if (!SecretCode.TryRead(seatCode, out var sessionId, out var seatHash))
        {
            throw AuditRuleException.NotFound();
        }

        var known = State.Sessions.Contains(sessionId);
        if (!known)
        {
            Limits.CheckRoomForRelationship(State.Taken);
        }

        // The session never calls back into a person: it opens the pairs, and this person's list reads them from it.
        var view = await Session(sessionId).Claim(PersonId, seatHash);
        if (!known)
        {
            await Commit(State with { Sessions = State.Sessions.Add(sessionId) });
        }

        return view;
    }

    public async Task LeaveSession(Guid sessionId)
    {
        EnsureRegistered();
        if (!State.Sessions.Contains(sessionId))
        {
            throw AuditRuleException.NotFound();
        }

        await Session(sessionId).Leave(PersonId);
        await Commit(State with { Sessions = State.Sessions.Remove(sessionId) });
    }

    /// <summary>The person's own relationships with the pairs of their sessions, and their sessions' lines.</summary>
    private async Task<(IReadOnlyList<Guid> Relationships, IReadOnlyList<SessionSummary> Sessions)> Memberships()
    {
        var memberships = await Task.WhenAll(State.Sessions.Select(id => Session(id).GetMembership(PersonId)));
        return (
            [.. State.Relationships.Concat(memberships.SelectMany(m => m.RelationshipIds)).Distinct()],
            [.. memberships.Select(m => m.Summary).OfType<SessionSummary>()]);
    }

    private ISessionGrain Session(Guid id) => GrainFactory.ByGuid<ISessionGrain>(id);
}
