using Reciprocity.Grains.Rules;
using Reciprocity.Realtime;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Relationships;

/// <summary>
/// Tells a relationship's watchers what changed: statuses to everyone watching it, a reveal to each person in their
/// own copy, and a facilitated pair's copies to its facilitator (<see cref="FacilitatorAnnouncer"/>). Nothing of a
/// sealed perspective or a private note goes into a message meant for anyone else.
/// </summary>
internal sealed class RelationshipAnnouncer(Guid relationshipId, IAuditPublisherGrain publisher)
{
    private readonly FacilitatorAnnouncer _facilitator = new(relationshipId, publisher);

    public void Statuses(RelationshipState state)
    {
        _facilitator.Statuses(state);
        var statuses = new Dictionary<Guid, ParticipantStatus> { [state.InviterId] = state.Round.StatusOf(state.InviterId) };
        if (state.PartnerId is { } partnerId)
        {
            statuses[partnerId] = state.Round.StatusOf(partnerId);
        }

        ToEveryone(new StatusChanged(relationshipId, state.DisplayNumber(state.Round.Number), statuses));
    }

    /// <summary>
    /// Whether anything the status events carry differs between two states: the round, who takes part and their
    /// statuses, and for a facilitated pair the facilitator's board and whether the pair is ready. When nothing does,
    /// a change needs no status event (a draft saved again, issue 22).
    /// </summary>
    public static bool StatusesMoved(RelationshipState before, RelationshipState after) =>
        before.Round.Number != after.Round.Number || before.SoloRounds != after.SoloRounds
        || before.InviterId != after.InviterId || before.PartnerId != after.PartnerId
        || before.Round.StatusOf(before.InviterId) != after.Round.StatusOf(after.InviterId)
        || before.Round.StatusOf(before.PartnerId) != after.Round.StatusOf(after.PartnerId)
        || (after.Pair is not null && (before.Pair != after.Pair || before.IsReady != after.IsReady
            || !FacilitatorViews.Board(before).SequenceEqual(FacilitatorViews.Board(after))));

    /// <summary>Each person gets their own copy: their perspective whole, the other's without its private notes.</summary>
    public void Reveal(RelationshipState state, RevealedRound reveal)
    {
        var number = state.DisplayNumber(reveal.Number);
        _facilitator.Reveal(state, reveal);
        foreach (var viewerId in reveal.Perspectives.Keys)
        {
            var perspectives = reveal.Perspectives.ToDictionary(p => p.Key, p => p.Key == viewerId ? p.Value : Sharing.ForOthers(p.Value));
            Send(Audiences.Viewer(relationshipId, viewerId), new Revealed(relationshipId, number, reveal.RevealedAt, perspectives));
        }
    }

    /// <summary>To each person who took part in the round (never a facilitator): both people's traces.</summary>
    public void Traces(RelationshipState state, RevealedRound round)
    {
        var traces = new TracesChanged(relationshipId, state.DisplayNumber(round.Number), round.Appreciations, round.SmallThings);
        foreach (var personId in round.Perspectives.Keys)
        {
            Send(Audiences.Viewer(relationshipId, personId), traces);
        }
    }

    /// <summary>To each participant (never a facilitator): the next check-in as it now stands.</summary>
    public void NextCheckIn(RelationshipState state)
    {
        var changed = new NextCheckInChanged(relationshipId, state.NextCheckIn);
        foreach (var personId in new[] { state.InviterId, state.PartnerId }.OfType<Guid>())
        {
            Send(Audiences.Viewer(relationshipId, personId), changed);
        }
    }

    /// <summary>Statuses to a facilitated pair's facilitator alone: a change the members' own views do not show.</summary>
    public void FacilitatorStatuses(RelationshipState state) => _facilitator.Statuses(state);

    public void PartnerLeft() => ToEveryone(new PartnerLeft(relationshipId));

    public void PolicyChanged(RevealPolicy policy) => ToEveryone(new RevealPolicyChanged(relationshipId, policy));

    private void ToEveryone(object payload) => Send(Audiences.Relationship(relationshipId), payload);

    private void Send(string audience, object payload) => publisher.Publish(LiveMessage.To(audience, payload)).Ignore();
}
