using Reciprocity.Grains.Rules;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Relationships;

/// <summary>
/// How a relationship begins and who joins it: opening it (alone or with an invite), the one open invite (a second code
/// only when asked to replace it), and accepting it.
/// </summary>
public sealed partial class RelationshipGrain
{
    public async Task<string?> Open(RelationshipOpening opening)
    {
        if (State.IsOpen)
        {
            throw AuditRuleException.Conflict("refusal.relationship.alreadyExists");
        }

        Openings.Check(opening);
        var (code, hash) = Openings.HasInvite(opening) ? SecretCode.Create(RelationshipId) : (null, []);
        await _rows.Commit(Openings.Start(opening, hash, time.GetUtcNow()), reveal: null);
        return code;
    }

    public async Task<string> Invite(Guid personId, bool replaceOpenInvite)
    {
        EnsureParticipant(personId);
        if (State.PartnerId is not null)
        {
            throw AuditRuleException.Conflict("refusal.invite.alreadyTogether");
        }

        // The open code is kept only as a hash, so it cannot be handed out again: a second code is made only when asked for.
        if (State.InvitePending && !replaceOpenInvite)
        {
            throw AuditRuleException.Conflict("refusal.invite.alreadyOut", ("partnerName", State.PartnerName));
        }

        var next = State;
        if (State.IsSolo)
        {
            // The solo rounds stay the author's for ever; the first shared round is one the author has not begun.
            var finished = State.CurrentReveal is not null;
            if (!finished && State.Round.Drafts.ContainsKey(personId))
            {
                throw AuditRuleException.Conflict("refusal.invite.finishReflectionFirst", ("partnerName", State.PartnerName));
            }

            next = finished
                ? State with { IsSolo = false, SoloRounds = State.Round.Number, Round = new RoundState { Number = State.Round.Number + 1 } }
                : State with { IsSolo = false, SoloRounds = State.Round.Number - 1 };
        }

        // A fresh code; the one handed out before (if any) stops working.
        var (code, hash) = SecretCode.Create(RelationshipId);
        await Change(next with { InviteHash = hash });
        return code;
    }

    public async Task<RelationshipView> Accept(Guid personId, string displayName, byte[] inviteHash)
    {
        if (!State.IsOpen || !SecretCode.Matches(State.InviteHash, inviteHash))
        {
            throw NotFound();
        }

        if (personId == State.InviterId)
        {
            throw AuditRuleException.Conflict("refusal.invite.ownInvite");
        }

        if (State.PartnerId == personId)
        {
            return View(personId);
        }

        if (State.PartnerId is not null)
        {
            throw AuditRuleException.Gone("problem.inviteUsed");
        }

        await Change(State with { PartnerId = personId, PartnerDisplayName = displayName });
        return View(personId);
    }
}
