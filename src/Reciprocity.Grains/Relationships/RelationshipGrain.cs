using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Storage;
using Reciprocity.Grains.Rules;
using Reciprocity.Perspectives;
using Reciprocity.Realtime;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Relationships;

/// <summary>
/// Holds one relationship and decides every rule of it: who takes part, solo and shared rounds, drafts, sealing,
/// withdrawing, when a round opens (its reveal policy) and new rounds. Calls run one at a time, so two submits or
/// confirmations at the same instant still make exactly one reveal.
/// </summary>
public sealed partial class RelationshipGrain(
    [PersistentState("relationship", ReciprocityStorage.Name)] IPersistentState<RelationshipState> store,
    [PersistentState("history", ReciprocityStorage.Name)] IPersistentState<RelationshipHistory> history,
    [PersistentState("archive", ReciprocityStorage.Name)] IPersistentState<RelationshipHistory> archive,
    TimeProvider time,
    ILogger<RelationshipGrain> logger) : Grain, IRelationshipGrain
{
    // How long after a reveal a new activation still announces it again: long enough for any failover.
    private static readonly TimeSpan AnnounceAgainWithin = TimeSpan.FromMinutes(10);

    private readonly RelationshipRows _rows = new(store, history, archive, logger);
    private readonly HistoryViews _historyViews = new();
    private RelationshipAnnouncer? _announcer;

    // Whether this activation has told the watchers where the relationship stands since it was activated.
    private bool _announced;

    private RelationshipState State => _rows.State;

    private Guid RelationshipId => this.GetPrimaryKey();

    // Resolved once: GetGrain reflects over the interface on every call.
    private RelationshipAnnouncer Announce => _announcer ??= new(RelationshipId, GrainFactory.GetGrain<IAuditPublisherGrain>(0));

    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        _rows.Load(GrainContext, ServiceProvider.GetRequiredKeyedService<IGrainStorage>(ReciprocityStorage.Name));

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

    public Task<RelationshipReading> GetReading(Guid personId)
    {
        EnsureParticipant(personId);
        return Task.FromResult(RelationshipViews.ReadingFor(RelationshipId, State, personId, _historyViews));
    }

    public async Task<DraftSaved> SaveDraft(Guid personId, Perspective changes)
    {
        EnsureParticipant(personId);
        PerspectiveRules.CheckDraft(changes);
        EnsureNotRevealed();
        if (State.Round.Submitted.Contains(personId))
        {
            throw AuditRuleException.Conflict("refusal.round.alreadyShared");
        }

        var draft = Drafting.Merge(State.Round.DraftOf(personId), changes);
        var next = State with { Round = State.Round with { Drafts = State.Round.Drafts.SetItem(personId, draft), KeptPrivate = State.Round.KeptPrivate.Remove(personId) } };
        await EnsureRoomFor(next, personId);

        // A draft saved again moves no status, and status events carry nothing else: nobody is told anything.
        await Change(next, statusesMoved: RelationshipAnnouncer.StatusesMoved(State, next));
        return RelationshipViews.DraftSavedFor(RelationshipId, State, personId, changes);
    }

    public async Task<RoundAnswer> Submit(Guid personId)
    {
        EnsureParticipant(personId);
        var round = State.Round;
        if (round.Submitted.Contains(personId))
        {
            return Answer(personId);
        }

        var perspective = round.DraftOf(personId);
        PerspectiveRules.CheckComplete(perspective);
        var next = State with { Round = round with { Drafts = round.Drafts.SetItem(personId, perspective), Submitted = round.Submitted.Add(personId), KeptPrivate = round.KeptPrivate.Remove(personId) } };

        // A solo round is complete for its author at submit; a shared one opens here only under the auto policy.
        var opens = next.IsSoloRound(round.Number) || (next.RevealPolicy == RevealPolicy.Auto && next.IsReady);
        await Change(next, opens);
        SubmitReminders.After(GrainFactory, RelationshipId, State, personId);
        return Answer(personId);
    }

    public async Task<RoundAnswer> Withdraw(Guid personId)
    {
        EnsureParticipant(personId);
        EnsureNotRevealed();
        if (!State.Round.Submitted.Contains(personId))
        {
            throw AuditRuleException.Conflict("refusal.round.notShared");
        }

        // Whatever either of you confirmed was about answers that may now change: both confirm again.
        await Change(State with { Round = State.Round with { Submitted = State.Round.Submitted.Remove(personId), Confirmed = [], Withdrawn = State.Round.Withdrawn.Add(personId) } });
        return Answer(personId);
    }

    public async Task<RoundAnswer> Confirm(Guid personId)
    {
        EnsureParticipant(personId);
        EnsureNotRevealed();
        if (State.RevealPolicy != RevealPolicy.Together)
        {
            throw State.RevealPolicy == RevealPolicy.Auto
                ? AuditRuleException.Conflict("refusal.round.opensByItself")
                : AuditRuleException.Conflict("refusal.round.facilitatorOpens");
        }

        if (!State.IsReady)
        {
            throw AuditRuleException.Conflict("refusal.round.notBothFinished");
        }

        if (State.Round.Confirmed.Contains(personId))
        {
            return Answer(personId);
        }

        var next = State with { Round = State.Round with { Confirmed = State.Round.Confirmed.Add(personId) } };
        await Change(next, opens: next.Round.Confirmed.Count == 2);
        return Answer(personId);
    }

    public async Task<RelationshipView> ChangeRevealPolicy(Guid personId, RevealPolicy policy)
    {
        EnsureParticipant(personId);
        if (!Enum.IsDefined(policy))
        {
            throw AuditRuleException.Invalid("revealPolicy", "refusal.revealPolicy.choose");
        }

        if (policy == State.RevealPolicy)
        {
            return View(personId);
        }

        if (State.RevealPolicy != RevealPolicy.Auto || policy != RevealPolicy.Together)
        {
            throw AuditRuleException.Conflict("refusal.revealPolicy.onlyToTogether");
        }

        Departures.EnsureOngoing(State);
        await _rows.Commit(State with { RevealPolicy = policy }, reveal: null);
        Announce.PolicyChanged(policy);
        return View(personId);
    }

    public async Task<ReleasedRound> Release(Guid facilitatorId)
    {
        if (!State.IsOpen || State.FacilitatorId != facilitatorId)
        {
            // A participant learns how their round opens; anyone else learns nothing.
            throw State.IsParticipant(facilitatorId)
                ? AuditRuleException.Conflict("refusal.release.onlyFacilitator")
                : NotFound();
        }

        EnsureNotRevealed();
        if (!State.IsReady)
        {
            throw AuditRuleException.Conflict("refusal.release.notBothFinished");
        }

        var reveal = await Change(State, opens: true);
        return new ReleasedRound(RelationshipId, State.DisplayNumber(reveal!.Number), reveal.RevealedAt);
    }

    /// <summary>
    /// After a silo was lost, the hosts ask every relationship they watch to announce where it stands. An activation
    /// that has announced already does nothing; a new one (its silo died, perhaps between storing a reveal and telling
    /// anyone) sends the statuses, and the latest reveal when it is recent: at least once, and clients ignore repeats.
    /// </summary>
    public Task Reannounce()
    {
        if (!_announced && State.IsOpen)
        {
            _announced = true;
            Announce.Statuses(State);
            if (State.CurrentReveal is { } reveal && time.GetUtcNow() - reveal.RevealedAt < AnnounceAgainWithin)
            {
                Announce.Reveal(State, reveal);
            }
        }

        return Task.CompletedTask;
    }

    public async Task<RoundAnswer> StartRound(Guid personId)
    {
        EnsureParticipant(personId);
        EnsureNotFacilitated();
        await NextRound();
        return Answer(personId);
    }

    /// <summary>A new, empty round, once the current one is revealed (or, alone, finished).</summary>
    private async Task NextRound()
    {
        Limits.CheckRoomForRound(State.Round.Number);
        if (State.CurrentReveal is null)
        {
            throw State.IsSoloRound(State.Round.Number)
                ? AuditRuleException.Conflict("refusal.round.finishThisOneFirst")
                : AuditRuleException.Conflict("refusal.round.openThisOneFirst");
        }

        await Change(State with { Round = new RoundState { Number = State.Round.Number + 1 } });
    }

    private RelationshipView View(Guid personId) => RelationshipViews.For(RelationshipId, State, personId, _historyViews);

    private RoundAnswer Answer(Guid personId) => RelationshipViews.AnswerFor(RelationshipId, State, personId, _historyViews);

    private void EnsureParticipant(Guid personId)
    {
        // Anyone else learns nothing, not even that the relationship exists.
        if (!State.IsParticipant(personId))
        {
            throw NotFound();
        }
    }

    private AuditRuleException NotFound()
    {
        if (!State.IsOpen)
        {
            // A made-up id must not keep an activation until idle collection.
            DeactivateOnIdle();
        }

        return AuditRuleException.NotFound();
    }

    private void EnsureNotRevealed()
    {
        if (State.CurrentReveal is not null)
        {
            throw AuditRuleException.Conflict("refusal.round.alreadyOpen");
        }
    }

    /// <summary>
    /// Stores the next state, revealing its round when <paramref name="opens"/>, then tells the watchers: the statuses
    /// (unless the caller knows that none moved), and the reveal.
    /// </summary>
    private async Task<RevealedRound?> Change(RelationshipState next, bool opens = false, bool statusesMoved = true)
    {
        Departures.EnsureOngoing(State);
        RevealedRound? reveal = null;
        if (opens)
        {
            reveal = new RevealedRound { Number = next.Round.Number, RevealedAt = time.GetUtcNow(), Perspectives = next.Round.Drafts.Where(d => next.Round.Submitted.Contains(d.Key)).ToPersonDictionary() };
            next = next with { History = next.History.Add(reveal) };
        }

        await _rows.Commit(next, reveal);
        if (statusesMoved || reveal is not null)
        {
            _announced = true;
            Announce.Statuses(State);
        }

        if (reveal is not null)
        {
            Announce.Reveal(State, reveal);
            await _rows.ArchiveOlderRounds();
        }

        return reveal;
    }
}
