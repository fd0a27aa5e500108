using Microsoft.Extensions.Logging;
using Reciprocity.Grains.Rules;
using Reciprocity.Perspectives;
using Reciprocity.Realtime;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Relationships;

/// <summary>
/// Holds one relationship and decides every rule of it: who takes part, drafts, sealing, the reveal and rounds.
/// Calls run one at a time, so two submits at the same instant still make exactly one reveal.
/// </summary>
public sealed partial class RelationshipGrain(
    [PersistentState("relationship", ReciprocityStorage.Name)] IPersistentState<RelationshipState> store,
    [PersistentState("history", ReciprocityStorage.Name)] IPersistentState<RelationshipHistory> history,
    [PersistentState("archive", ReciprocityStorage.Name)] IPersistentState<RelationshipHistory> archive,
    TimeProvider time,
    ILogger<RelationshipGrain> logger) : Grain, IRelationshipGrain
{
    // The history row holds at most this many rounds; when it is full, all but the newest RecentKept move to the archive.
    private const int RecentLimit = 32;
    private const int RecentKept = 16;

    private readonly HistoryViews _historyViews = new();
    private IAuditPublisherGrain? _publisher;

    private RelationshipState State => store.State;

    private Guid RelationshipId => this.GetPrimaryKey();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        store.State = store.State.WithHistory(RelationshipHistory.Join(archive.State.Rounds, history.State.Rounds));
        return Task.CompletedTask;
    }

    public async Task<string> Open(RelationshipOpening opening)
    {
        if (State.IsOpen)
        {
            throw new AuditRuleException(RuleFailure.Conflict, "This relationship already exists.");
        }

        var violations = new RuleViolations();
        if (!Enum.IsDefined(opening.Kind))
        {
            violations.Add("kind", "Please choose one of the offered kinds of relationship.");
        }

        TextRules.CheckName(violations, "label", opening.Label, required: false);
        TextRules.CheckName(violations, "partnerName", opening.PartnerName, required: true);
        violations.ThrowIfAny();

        var (code, hash) = SecretCode.Create(RelationshipId);
        await Commit(new RelationshipState
        {
            IsOpen = true,
            Kind = opening.Kind,
            Label = opening.Label.Trim(),
            PartnerName = opening.PartnerName.Trim(),
            InviterId = opening.InviterId,
            InviterName = opening.InviterName,
            InviteHash = hash,
            OpenedAt = time.GetUtcNow(),
        });
        return code;
    }

    public async Task<RelationshipView> Accept(Guid personId, string displayName, byte[] inviteHash)
    {
        if (!State.IsOpen || !SecretCode.Matches(State.InviteHash, inviteHash))
        {
            throw AuditRuleException.NotFound();
        }

        if (personId == State.InviterId)
        {
            throw new AuditRuleException(RuleFailure.Conflict, "This is your own invite: share it with the other person so they can join.");
        }

        if (State.PartnerId == personId)
        {
            return View(personId);
        }

        if (State.PartnerId is not null)
        {
            throw new AuditRuleException(RuleFailure.Gone, "This invite has already been used.");
        }

        await Commit(State with { PartnerId = personId, PartnerDisplayName = displayName });
        PublishStatus();
        return View(personId);
    }

    public Task<RelationshipView> GetView(Guid personId)
    {
        EnsureParticipant(personId);
        return Task.FromResult(View(personId));
    }

    public Task<RelationshipSummary> GetSummary(Guid personId)
    {
        EnsureParticipant(personId);
        return Task.FromResult(RelationshipViews.SummaryFor(RelationshipId, State, personId));
    }

    public async Task<RelationshipView> SaveDraft(Guid personId, Perspective changes)
    {
        EnsureParticipant(personId);
        PerspectiveRules.CheckDraft(changes);
        if (State.CurrentReveal is not null)
        {
            throw new AuditRuleException(RuleFailure.Conflict, "This round has been revealed. Start a new round to rate again.");
        }

        if (State.Round.Submitted.Contains(personId))
        {
            throw new AuditRuleException(RuleFailure.Conflict, "You have already submitted this round, so it can no longer be changed.");
        }

        var draft = Drafting.Merge(State.Round.DraftOf(personId), changes);
        await Commit(State with { Round = State.Round with { Drafts = State.Round.Drafts.SetItem(personId, draft) } });
        PublishStatus();
        return View(personId);
    }

    public async Task<RelationshipView> Submit(Guid personId)
    {
        EnsureParticipant(personId);
        var round = State.Round;
        if (round.Submitted.Contains(personId))
        {
            return View(personId);
        }

        var perspective = round.DraftOf(personId);
        PerspectiveRules.CheckComplete(perspective);
        round = round with { Drafts = round.Drafts.SetItem(personId, perspective), Submitted = round.Submitted.Add(personId) };

        var next = State with { Round = round };
        RevealedRound? reveal = null;
        if (State.PartnerId is { } partnerId && round.Submitted.Contains(State.InviterId) && round.Submitted.Contains(partnerId))
        {
            reveal = new RevealedRound { Number = round.Number, RevealedAt = time.GetUtcNow(), Perspectives = round.Drafts };
            next = next with { History = next.History.Add(reveal) };
        }

        await Commit(next, reveal);
        PublishStatus();
        if (reveal is not null)
        {
            Publisher.PublishReveal(new Revealed(RelationshipId, reveal.Number, reveal.RevealedAt, reveal.Perspectives)).Ignore();
            await ArchiveOlderRounds();
        }

        return View(personId);
    }

    public async Task<RelationshipView> StartRound(Guid personId)
    {
        EnsureParticipant(personId);
        Limits.CheckRoomForRound(State.Round.Number);
        if (State.CurrentReveal is null)
        {
            throw new AuditRuleException(RuleFailure.Conflict, "A new round can start once both of you have shared this one.");
        }

        await Commit(State with { Round = new RoundState { Number = State.Round.Number + 1 } });
        PublishStatus();
        return View(personId);
    }

    /// <summary>
    /// Keeps the history row small: once it holds <see cref="RecentLimit"/> rounds, the older ones are added to the
    /// archive row, then taken out of the history row. Only where the rounds are stored changes, never what anyone sees;
    /// a failed move is tried again at the next reveal, and the reveal it follows stands either way.
    /// </summary>
    private async Task ArchiveOlderRounds()
    {
        var recent = history.State.Rounds;
        if (recent.Count < RecentLimit)
        {
            return;
        }

        var moving = recent.GetRange(0, recent.Count - RecentKept);
        try
        {
            await archive.Replace(new RelationshipHistory { Rounds = RelationshipHistory.Join(archive.State.Rounds, moving) });
            await history.Replace(new RelationshipHistory { Rounds = recent.RemoveRange(0, moving.Count) });
        }
        catch (Exception e)
        {
            ArchivingFailed(logger, moving.Count, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not move {Count} revealed rounds to the archive row; trying again at the next reveal.")]
    private static partial void ArchivingFailed(ILogger logger, int count, Exception error);

    // Resolved once: GetGrain reflects over the interface on every call.
    private IAuditPublisherGrain Publisher => _publisher ??= GrainFactory.GetGrain<IAuditPublisherGrain>(0);

    private RelationshipView View(Guid personId) => RelationshipViews.For(RelationshipId, State, personId, _historyViews);

    private void EnsureParticipant(Guid personId)
    {
        // Anyone else learns nothing, not even that the relationship exists.
        if (!State.IsParticipant(personId))
        {
            throw AuditRuleException.NotFound();
        }
    }

    private void PublishStatus()
    {
        var statuses = new Dictionary<Guid, ParticipantStatus> { [State.InviterId] = State.Round.StatusOf(State.InviterId) };
        if (State.PartnerId is { } partnerId)
        {
            statuses[partnerId] = State.Round.StatusOf(partnerId);
        }

        Publisher.PublishStatus(new StatusChanged(RelationshipId, State.Round.Number, statuses)).Ignore();
    }

    /// <summary>
    /// Replaces the state and writes it; on a failed write the previous state stays, so nothing unacknowledged is
    /// visible. A reveal writes only the recent history with the revealed round added (the round's seals follow from
    /// it, see <see cref="RelationshipState.WithHistory"/>); every other change writes only the relationship's row.
    /// </summary>
    private async Task Commit(RelationshipState next, RevealedRound? reveal = null)
    {
        if (reveal is null)
        {
            await store.Replace(next);
            return;
        }

        var previous = store.State;
        store.State = next;
        try
        {
            await history.Replace(new RelationshipHistory { Rounds = history.State.Rounds.Add(reveal) });
        }
        catch
        {
            store.State = previous;
            throw;
        }
    }
}
