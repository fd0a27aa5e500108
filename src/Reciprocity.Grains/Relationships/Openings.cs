using Reciprocity.Grains.Rules;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Relationships;

/// <summary>How a relationship begins: what an opening must hold, and the state it starts from.</summary>
internal static class Openings
{
    public static void Check(RelationshipOpening opening)
    {
        var violations = new RuleViolations();
        if (!Enum.IsDefined(opening.Kind))
        {
            violations.Add("kind", "refusal.opening.kind");
        }

        if (opening.RevealPolicy == RevealPolicy.Facilitator && opening.FacilitatorId is null)
        {
            violations.Add("revealPolicy", "refusal.opening.facilitatedPolicy");
        }
        else if (!Enum.IsDefined(opening.RevealPolicy) || (opening.RevealPolicy == RevealPolicy.Facilitator) != (opening.FacilitatorId is not null))
        {
            violations.Add("revealPolicy", "refusal.revealPolicy.choose");
        }

        TextRules.CheckName(violations, "label", opening.Label, required: false);
        TextRules.CheckName(violations, "partnerName", opening.PartnerName, required: true);
        violations.ThrowIfAny();
    }

    /// <summary>A solo reflection, or a pair a facilitator opened with both people in it, has no invite to hand out.</summary>
    public static bool HasInvite(RelationshipOpening opening) => !opening.Solo && opening.PartnerId is null;

    public static RelationshipState Start(RelationshipOpening opening, byte[] inviteHash, DateTimeOffset now) => new()
    {
        IsOpen = true,
        Kind = opening.Kind,
        Label = opening.Label.Trim(),
        PartnerName = opening.PartnerName.Trim(),
        InviterId = opening.InviterId,
        InviterName = opening.InviterName,
        InviteHash = inviteHash,
        OpenedAt = now,
        IsSolo = opening.Solo && opening.PartnerId is null,
        RevealPolicy = opening.RevealPolicy,
        FacilitatorId = opening.FacilitatorId,
        PartnerId = opening.PartnerId,
        PartnerDisplayName = opening.PartnerId is null ? null : opening.PartnerName.Trim(),
        Pair = opening.FacilitatorId is null ? null : opening.Pair,
    };
}
