using Microsoft.Extensions.Logging;
using Reciprocity.Grains.Realtime;
using Reciprocity.Grains.Reminders;
using Reciprocity.Grains.Rules;
using Reciprocity.People;
using Reciprocity.Realtime;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.People;

/// <summary>A person: their name, the hash of their access key and the relationships and sessions they take part in.</summary>
public sealed partial class PersonGrain(
    [PersistentState("person", ReciprocityStorage.Name)] IPersistentState<PersonState> store,
    TimeProvider time,
    IMailQueue mail,
    ILogger<PersonGrain> logger) : Grain, IPersonGrain
{
    private PersonState State => store.State;

    private Guid PersonId => this.GetPrimaryKey();

    public async Task<string> Register(string displayName, string language = Languages.English)
    {
        if (State.IsRegistered)
        {
            throw AuditRuleException.Conflict("refusal.person.alreadyExists");
        }

        var violations = new RuleViolations();
        TextRules.CheckName(violations, "displayName", displayName, required: true);
        CheckLanguage(violations, language);
        violations.ThrowIfAny();

        var (key, hash) = SecretCode.Create(PersonId);
        await Commit(new PersonState { IsRegistered = true, DisplayName = displayName.Trim(), KeyHash = hash, RegisteredAt = time.GetUtcNow(), Language = language });
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

        // Asked to delete everything: the key is refused from that moment, while the deletion goes on.
        if (State.DeletionAskedAt is not null)
        {
            return Task.FromResult(false);
        }

        // The personal link's key, or the key of a device signed in by an email link (PersonGrain.SignIn.cs).
        return Task.FromResult(SecretCode.Matches(State.KeyHash, keyHash) || HasDeviceKey(keyHash));
    }

    public async Task<string> RotateKey()
    {
        EnsureRegistered();
        var (key, hash) = SecretCode.Create(PersonId);
        // A new personal link signs every device out: devices signed in by email sign in again from the address.
        await Commit(State with { KeyHash = hash, SignIn = State.SignIn with { DeviceKeys = [] } });
        await ForgetOldKeyEverywhere();
        return key;
    }

    public async Task<PersonProfile> GetProfile()
    {
        EnsureRegistered();
        await ClaimAddressOnce();
        var (relationships, sessions) = await Memberships();
        var summaries = await Task.WhenAll(relationships.Select(id => Answers.StillThere(Relationship(id).GetSummary(PersonId))));
        return new PersonProfile(PersonId, State.DisplayName, [.. summaries.OfType<RelationshipSummary>()], sessions, State.Email, mail.IsAvailable, Waiting()?.Address, State.Language);
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
        var (relationships, _) = await Memberships();
        var readings = await Task.WhenAll(relationships.Select(id => Answers.StillThere(Relationship(id).GetReading(PersonId))));
        return new Reading([.. readings.OfType<RelationshipReading>()]);
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

    // Every host may have confirmed the old key recently; each is told to forget it before the new key is handed out.
    private async Task ForgetOldKeyEverywhere()
    {
        try
        {
            await EveryHost.ForgetPerson(GrainFactory, PersonId, time);
        }
        catch (Exception e)
        {
            HostsNotTold(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not every host confirmed that it forgot a rotated access key; the rest forget it when their confirmations expire.")]
    private static partial void HostsNotTold(ILogger logger, Exception error);

    private IRelationshipGrain Relationship(Guid id) => GrainFactory.ByGuid<IRelationshipGrain>(id);

    private void EnsureRegistered()
    {
        if (!State.IsRegistered || State.DeletionAskedAt is not null)
        {
            throw AuditRuleException.NotFound();
        }
    }

    private Task Commit(PersonState next) => store.Replace(next);
}
