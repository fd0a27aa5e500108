using Reciprocity.Grains.Rules;
using Reciprocity.People;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.People;

/// <summary>A person: their name, the hash of their access key and the relationships they take part in.</summary>
public sealed class PersonGrain(
    [PersistentState("person", ReciprocityStorage.Name)] IPersistentState<PersonState> store,
    TimeProvider time) : Grain, IPersonGrain
{
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

    public Task<bool> Authenticate(byte[] keyHash) =>
        Task.FromResult(State.IsRegistered && SecretCode.Matches(State.KeyHash, keyHash));

    public async Task<string> RotateKey()
    {
        EnsureRegistered();
        var (key, hash) = SecretCode.Create(PersonId);
        await Commit(State with { KeyHash = hash });
        return key;
    }

    public async Task<PersonProfile> GetProfile()
    {
        EnsureRegistered();
        var summaries = await Task.WhenAll(State.Relationships.Select(id => Relationship(id).GetSummary(PersonId)));
        return new PersonProfile(PersonId, State.DisplayName, summaries);
    }

    public async Task<StartedRelationship> StartRelationship(RelationshipKind kind, string label, string partnerName)
    {
        EnsureRegistered();
        var relationshipId = Guid.NewGuid();
        var inviteCode = await Relationship(relationshipId).Open(new RelationshipOpening(PersonId, State.DisplayName, kind, label, partnerName));
        await Commit(State with { Relationships = State.Relationships.Add(relationshipId) });
        return new StartedRelationship(relationshipId, inviteCode);
    }

    public async Task<RelationshipView> AcceptInvite(string inviteCode)
    {
        EnsureRegistered();
        if (!SecretCode.TryRead(inviteCode, out var relationshipId, out var inviteHash))
        {
            throw AuditRuleException.NotFound();
        }

        var view = await Relationship(relationshipId).Accept(PersonId, State.DisplayName, inviteHash);
        if (!State.Relationships.Contains(relationshipId))
        {
            await Commit(State with { Relationships = State.Relationships.Add(relationshipId) });
        }

        return view;
    }

    private IRelationshipGrain Relationship(Guid id) => GrainFactory.GetGrain<IRelationshipGrain>(id);

    private void EnsureRegistered()
    {
        if (!State.IsRegistered)
        {
            throw AuditRuleException.NotFound();
        }
    }

    private Task Commit(PersonState next) => store.Replace(next);
}
