using Reciprocity.Grains.Relationships;
using Reciprocity.Perspectives;
using Reciprocity.Sessions;

namespace Reciprocity.Grains.Tests;

/// <summary>Issue 22: a change needs a status event only when something the status events carry moved.</summary>
public sealed class StatusEventRuleTests
{
    [Fact]
    public void Only_a_change_that_moves_a_status_needs_a_status_event()
    {
        var (alex, sam) = (Guid.NewGuid(), Guid.NewGuid());
        var before = new RelationshipState { IsOpen = true, InviterId = alex, PartnerId = sam };
        var drafted = before with { Round = before.Round with { Drafts = before.Round.Drafts.SetItem(alex, new Perspective(Overall: 2)) } };
        var draftedAgain = drafted with { Round = drafted.Round with { Drafts = drafted.Round.Drafts.SetItem(alex, new Perspective(Overall: 3)) } };

        Assert.True(RelationshipAnnouncer.StatusesMoved(before, drafted));
        Assert.False(RelationshipAnnouncer.StatusesMoved(drafted, draftedAgain));
        Assert.True(RelationshipAnnouncer.StatusesMoved(draftedAgain, draftedAgain with { Round = draftedAgain.Round with { Submitted = [alex] } }));
        Assert.True(RelationshipAnnouncer.StatusesMoved(draftedAgain, draftedAgain with { Round = new RoundState { Number = 2 } }));

        // In a facilitated pair the facilitator's board shows more than the members' statuses: "kept private" ends at the next save.
        var pair = new FacilitatedPair(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var kept = draftedAgain with { Pair = pair, Round = draftedAgain.Round with { KeptPrivate = [alex] } };
        var savedAfter = kept with { Round = kept.Round with { KeptPrivate = kept.Round.KeptPrivate.Remove(alex), Drafts = kept.Round.Drafts.SetItem(alex, new Perspective(Overall: 1)) } };
        Assert.Equal(kept.Round.StatusOf(alex), savedAfter.Round.StatusOf(alex));
        Assert.True(RelationshipAnnouncer.StatusesMoved(kept, savedAfter));
        Assert.False(RelationshipAnnouncer.StatusesMoved(savedAfter, savedAfter with { Round = savedAfter.Round with { Drafts = savedAfter.Round.Drafts.SetItem(alex, Perspective.Empty) } }));
    }
}
