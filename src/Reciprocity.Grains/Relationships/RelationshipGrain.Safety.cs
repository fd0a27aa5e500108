using Microsoft.Extensions.Logging;
using Reciprocity.Grains.Realtime;
using Reciprocity.People;
using Reciprocity.Perspectives;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Relationships;

/// <summary>
/// The relationship's side of safety and a person's data (issue 11). The rules are <see cref="PrivateKeeping"/> and
/// <see cref="Departures"/>; here they are applied, stored and announced. It never waits on a person's grain: a person's
/// grain may be calling this one (keep-private, leave), so a removed person's grain is told one-way.
/// </summary>
public sealed partial class RelationshipGrain : IRelationshipSafety
{
    public Task<PrivateDraft> TakePrivateDraft(Guid personId)
    {
        EnsureParticipant(personId);
        PrivateKeeping.CheckTake(State, personId);
        var (label, otherName) = Departures.NamesForCopy(State, personId);
        return Task.FromResult(new PrivateDraft(State.Kind, label, otherName, State.Round.Drafts.GetValueOrDefault(personId)));
    }

    public async Task ClearPrivateDraft(Guid personId, Perspective? copied)
    {
        EnsureParticipant(personId);
        var next = PrivateKeeping.Clear(State, personId, copied);
        if (ReferenceEquals(next, State))
        {
            return;
        }

        // Nothing to the other person: their status of this person stays what it was, so there is nothing to tell them.
        // A facilitated pair's facilitator alone hears the new status on their board.
        await _rows.Commit(next, reveal: null);
        Announce.FacilitatorStatuses(State);
    }

    public async Task RevokeInvite(Guid personId)
    {
        EnsureParticipant(personId);
        var next = Departures.RevokeInvite(State, personId);
        if (State.InviteHash.Length > 0)
        {
            await _rows.Commit(next, reveal: null);
        }
    }

    public Task<InviteInvitation> DescribeInvite(byte[] inviteHash)
    {
        if (!State.IsOpen || !SecretCode.Matches(State.InviteHash, inviteHash))
        {
            throw NotFound();
        }

        return State.PartnerId is null
            ? Task.FromResult(new InviteInvitation(State.InviterName, State.Kind, State.Label))
            : throw AuditRuleException.Gone("problem.inviteUsed");
    }

    public async Task<RelationshipView> RemovePartner(Guid personId)
    {
        EnsureParticipant(personId);
        var removedId = State.PartnerId;
        var hadCheckIn = State.NextCheckIn is not null;
        await _rows.Commit(Departures.RemovePartner(State, personId), reveal: null);
        await ReleaseRoomOf(removedId!.Value);
        if (hadCheckIn)
        {
            CheckInReminders.Clear(GrainFactory, RelationshipId, personId, removedId);
        }

        // Their connections end before anything more is announced, so they hear nothing further of this relationship.
        await ForgetEverywhere(removedId!.Value);
        GrainFactory.ByGuid<IPersonData>(removedId.Value).ForgetRelationship(RelationshipId).Ignore();
        _announced = true;
        Announce.Statuses(State);
        return View(personId);
    }

    public async Task Leave(Guid personId)
    {
        EnsureParticipant(personId);
        Departures.CheckLeave(State);
        if (State.NextCheckIn is not null)
        {
            // Cleared before the rows go: a reminder of a check-in that will never happen would only confuse.
            CheckInReminders.Clear(GrainFactory, RelationshipId, State.InviterId, State.PartnerId);
        }

        if (Departures.LeavesNobody(State))
        {
            await _rows.Erase();
            await ReleaseRoomOf(personId);
            DeactivateOnIdle();
            return;
        }

        await _rows.Rewrite(Departures.Leave(State, personId), round => Departures.Without(round, personId), personId);
        await ReleaseRoomOf(personId);
        _announced = true;
        Announce.Statuses(State);
        Announce.PartnerLeft();
    }

    private async Task ForgetEverywhere(Guid personId)
    {
        try
        {
            await EveryHost.ForgetPerson(GrainFactory, personId, time);
        }
        catch (Exception e)
        {
            HostsNotTold(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not every host confirmed that it ended a removed person's connections; the rest refuse their next Watch.")]
    private static partial void HostsNotTold(ILogger logger, Exception error);
}
