using Microsoft.Extensions.Logging;
using Reciprocity.Grains.Rules;
using Reciprocity.People;
using Reciprocity.Realtime;
using Reciprocity.Relationships;
using Reciprocity.Sessions;

namespace Reciprocity.Grains.People;

/// <summary>A person: their name, the hash of their access key and the relationships and sessions they take part in.</summary>
public sealed partial class PersonGrain(
    [PersistentState("person", ReciprocityStorage.Name)] IPersistentState<PersonState> store,
    TimeProvider time,
    ILogger<PersonGrain> logger) : Grain, IPersonGrain
{
    // A host that does not answer within this forgets the old key by itself soon after (its cache entries expire).
    private static readonly TimeSpan ForgetBound = TimeSpan.FromSeconds(2);

    private PersonState State => store.State;

    private Guid PersonId => this.GetPrimaryKey();

    public async Task<string> Register(string displayName)
    {
        if (State.IsRegistered)
        {
            throw new AuditRuleException(RuleFailure.Conflict, "This person already exists.");
        }

        var violations = new RuleViolations();
        TextRules.CheckName(violations, "displayName", displayName, required: true);
        violations.ThrowIfAny();

        var (key, hash) = SecretCode.Create(PersonId);
        await Commit(new PersonState { IsRegistered = true, DisplayName = displayName.Trim(), KeyHash = hash, RegisteredAt = time.GetUtcNow() });
        return key;
    }

    public Task<bool> Authenticate(byte[] keyHash)
    {
        // A key forged for a person who does not exist must not keep an activation per made-up id until idle collection.
        if (!State.IsRegistered)
        {
            DeactivateOnIdle();
            return Task.FromResult(false);
        }

        return Task.FromResult(SecretCode.Matches(State.KeyHash, keyHash));
    }

    public async Task<string> RotateKey()
    {
        EnsureRegistered();
        var (key, hash) = SecretCode.Create(PersonId);
        await Commit(State with { KeyHash = hash });
        await ForgetOldKeyEverywhere();
        return key;
    }

    public async Task<PersonProfile> GetProfile()
    {
        EnsureRegistered();
        var memberships = await Task.WhenAll(State.Sessions.Select(id => Session(id).GetMembership(PersonId)));
        var relationships = State.Relationships.Concat(memberships.SelectMany(m => m.RelationshipIds)).Distinct();
        var summaries = await Task.WhenAll(relationships.Select(id => Relationship(id).GetSummary(PersonId)));
        return new PersonProfile(PersonId, State.DisplayName, summaries, [.. memberships.Select(m => m.Summary).OfType<SessionSummary>()]);
    }

    public async Task<StartedRelationship> StartRelationship(RelationshipStart start)
    {
        EnsureRegistered();
        Limits.CheckRoomForRelationship(State.Taken);
        var relationshipId = Guid.NewGuid();
        var opening = new RelationshipOpening(PersonId, State.DisplayName, start.Kind, start.Label, start.PartnerName, start.Solo, start.RevealPolicy);
        var inviteCode = await Relationship(relationshipId).Open(opening);
        await Commit(State with { Relationships = State.Relationships.Add(relationshipId) });
        return new StartedRelationship(relationshipId, inviteCode);
    }

    public async Task<Reading> GetReading()
    {
        EnsureRegistered();
        var memberships = await Task.WhenAll(State.Sessions.Select(id => Session(id).GetMembership(PersonId)));
        var relationships = State.Relationships.Concat(memberships.SelectMany(m => m.RelationshipIds)).Distinct();
        return new Reading(await Task.WhenAll(relationships.Select(id => Relationship(id).GetReading(PersonId))));
    }

    public async Task<RelationshipView> AcceptInvite(string inviteCode)
    {
        EnsureRegistered();
        if (!SecretCode.TryRead(inviteCode, out var relationshipId, out var inviteHash))
        {
            throw AuditRuleException.NotFound();
        }

        if (!State.Relationships.Contains(relationshipId))
        {
            Limits.CheckRoomForRelationship(State.Taken);
        }

        var view = await Relationship(relationshipId).Accept(PersonId, State.DisplayName, inviteHash);
        if (!State.Relationships.Contains(relationshipId))
        {
            await Commit(State with { Relationships = State.Relationships.Add(relationshipId) });
        }

        return view;
    }

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

    // Every host may have confirmed the old key recently; each is told to forget it before the new key is handed out.
    private async Task ForgetOldKeyEverywhere()
    {
        try
        {
            var hosts = await GrainFactory.GetGrain<IRelayDirectoryGrain>(0).GetRelays().WaitAsync(ForgetBound, time);
            await Task.WhenAll(hosts.Select(host => host.ForgetAccessKeys(PersonId).WaitAsync(ForgetBound, time)));
        }
        catch (Exception e)
        {
            HostsNotTold(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not every host confirmed that it forgot a rotated access key; the rest forget it when their confirmations expire.")]
    private static partial void HostsNotTold(ILogger logger, Exception error);

    private IRelationshipGrain Relationship(Guid id) => GrainFactory.ByGuid<IRelationshipGrain>(id);

    private ISessionGrain Session(Guid id) => GrainFactory.ByGuid<ISessionGrain>(id);

    private void EnsureRegistered()
    {
        if (!State.IsRegistered)
        {
            throw AuditRuleException.NotFound();
        }
    }

    private Task Commit(PersonState next) => store.Replace(next);
}
