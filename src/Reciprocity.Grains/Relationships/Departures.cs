using System.Collections.Immutable;
using Reciprocity.Grains.Rules;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Relationships;

/// <summary>
/// Who may go and what stays behind: revoking an invite, removing a joiner before anything was shared, and leaving
/// (everything the leaver wrote goes; the one who stays keeps their own perspectives and the dates).
/// </summary>
internal static class Departures
{
    public static RelationshipState RevokeInvite(RelationshipState state, Guid personId)
    {
        EnsureInviter(state, personId, "refusal.invite.onlyInviterTakesBack");
        if (state.PartnerId is not null)
        {
            throw AuditRuleException.Conflict("refusal.invite.alreadyJoined");
        }

        return state with { InviteHash = [] };
    }

    public static RelationshipState RemovePartner(RelationshipState state, Guid personId)
    {
        EnsureInviter(state, personId, "refusal.partner.onlyInviterRemoves");
        if (state.PartnerId is not { } partnerId || state.FacilitatorId is not null)
        {
            throw AuditRuleException.Conflict("refusal.partner.nobodyJoined");
        }

        if (state.History.Any(round => !state.IsSoloRound(round.Number)))
        {
            throw AuditRuleException.Conflict("refusal.partner.openedTogether");
        }

        // Their draft and seal go with them; any confirmation was about answers that now change.
        var round = state.Round with { Drafts = state.Round.Drafts.Remove(partnerId), Submitted = state.Round.Submitted.Remove(partnerId), Confirmed = [] };
        return state with { PartnerId = null, PartnerDisplayName = null, InviteHash = [], Round = round, NextCheckIn = null };
    }

    public static void CheckLeave(RelationshipState state)
    {
        if (state.FacilitatorId is not null)
        {
            throw AuditRuleException.Conflict("refusal.leave.facilitated");
        }
    }

    /// <summary>A solo reflection, or one nobody else takes part in, is deleted whole when its author leaves.</summary>
    public static bool LeavesNobody(RelationshipState state) => state.IsSolo || state.PartnerId is null;

    /// <summary>
    /// The relationship as the one who stays keeps it: they become its only participant (its inviter, so every rule
    /// about "the other" reads the leaver as gone), and nothing the leaver wrote or typed remains: their perspectives,
    /// drafts and seals, their name, and the label and name they gave when they started it.
    /// </summary>
    public static RelationshipState Leave(RelationshipState state, Guid leaverId)
    {
        var round = state.Round with { Drafts = state.Round.Drafts.Remove(leaverId), Submitted = state.Round.Submitted.Remove(leaverId), Confirmed = [] };
        var history = state.History.Select(r => Without(r, leaverId)).OfType<RevealedRound>().ToImmutableList();
        var stays = state with { Round = round, History = history, InviteHash = [], PartnerLeft = true, PartnerId = null, PartnerDisplayName = null, NextCheckIn = null };
        return leaverId != state.InviterId
            ? stays
            : stays with { InviterId = state.PartnerId!.Value, InviterName = state.PartnerDisplayName ?? "", Label = "", PartnerName = KnownAs(state.Kind) };
    }

    /// <summary>
    /// A facilitated pair whose facilitator deleted their data: it becomes its members' own (opened when both confirm),
    /// and keeps nothing the facilitator typed: the session's title was its label, the seat names its members' names.
    /// </summary>
    public static RelationshipState WithoutFacilitator(RelationshipState state) => state with
    {
        RevealPolicy = RevealPolicy.Together,
        FacilitatorId = null,
        Pair = null,
        Label = "",
        InviterName = KnownAs(state.Kind),
        PartnerName = KnownAs(state.Kind),
        PartnerDisplayName = null,
    };

    /// <summary>
    /// What a copy kept private carries of the relationship's names: only what its author typed. The inviter keeps their
    /// label and the name they gave the other (not the other's own display name); the joiner, and a member of a
    /// facilitated pair, only the kind, as after a leave: the label and the names are the other's (or the
    /// facilitator's), theirs to delete.
    /// </summary>
    public static (string Label, string OtherName) NamesForCopy(RelationshipState state, Guid personId) =>
        personId == state.InviterId && state.FacilitatorId is null ? (state.Label, state.PartnerName) : ("", KnownAs(state.Kind));

    /// <summary>A revealed round without the person's perspective and traces; none at all when nothing else is left in it.</summary>
    public static RevealedRound? Without(RevealedRound round, Guid personId)
    {
        var rest = round.Perspectives.Remove(personId);
        return rest.Count == 0 ? null : round with
        {
            Perspectives = rest,
            Appreciations = round.Appreciations.Remove(personId),
            SmallThings = round.SmallThings.Remove(personId),
        };
    }

    /// <summary>After the other left, the relationship is a record: nothing in it changes any more.</summary>
    public static void EnsureOngoing(RelationshipState state)
    {
        if (state.PartnerLeft)
        {
            throw AuditRuleException.Conflict("refusal.relationship.partnerLeft", ("partnerName", state.PartnerName));
        }
    }

    // The joiner never saw the name the inviter typed for them, nor may keep the inviter's own: they knew the kind.
    public static string KnownAs(RelationshipKind kind) => kind switch
    {
        RelationshipKind.Partner => "Your partner",
        RelationshipKind.CloseFriend => "Your close friend",
        RelationshipKind.FamilyMember => "Your family member",
        _ => "The other person",
    };

    private static void EnsureInviter(RelationshipState state, Guid personId, string joinerReason)
    {
        if (personId != state.InviterId)
        {
            throw AuditRuleException.Conflict(joinerReason);
        }
    }
}
