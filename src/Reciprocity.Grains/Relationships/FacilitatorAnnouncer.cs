using Reciprocity.Grains.Rules;
using Reciprocity.Realtime;
using Reciprocity.Sessions;

namespace Reciprocity.Grains.Relationships;

/// <summary>
/// Tells a facilitated pair's facilitator what changed, through the session's facilitator audience: statuses by seat
/// before a release, and at the release both perspectives without private notes, in the same turn as the members'
/// own reveal. A relationship that is no session's pair sends nothing here.
/// </summary>
internal sealed class FacilitatorAnnouncer(Guid relationshipId, IAuditPublisherGrain publisher)
{
    public void Statuses(RelationshipState state)
    {
        if (state.Pair is { } pair)
        {
            var board = FacilitatorViews.Board(state);
            Send(pair, new PairStatusChanged(pair.SessionId, relationshipId, state.DisplayNumber(state.Round.Number), board, state.IsReady));
        }
    }

    public void Reveal(RelationshipState state, RevealedRound reveal)
    {
        if (state.Pair is { } pair)
        {
            var perspectives = reveal.Perspectives.ToDictionary(p => p.Key, p => Sharing.ForOthers(p.Value));
            Send(pair, new PairRevealed(pair.SessionId, relationshipId, relationshipId, state.DisplayNumber(reveal.Number), reveal.RevealedAt, perspectives));
        }
    }

    private void Send(FacilitatedPair pair, object payload) =>
        publisher.Publish(LiveMessage.To(Audiences.Facilitator(pair.SessionId), payload)).Ignore();
}
