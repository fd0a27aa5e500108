using Reciprocity.People;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Relationships;

/// <summary>After a submit, tells the other person what awaits them, one-way: a relationship never waits on a person.</summary>
internal static class SubmitReminders
{
    public static void After(IGrainFactory grains, Guid relationshipId, RelationshipState state, Guid submitterId)
    {
        if (state.IsSoloRound(state.Round.Number) || state.CurrentReveal is not null || state.OtherThan(submitterId) is not { } otherId)
        {
            return;
        }

        ReminderKind? kind = !state.Round.Submitted.Contains(otherId) ? ReminderKind.OtherFinished
            : state.RevealPolicy == RevealPolicy.Together && state.IsReady ? ReminderKind.ReadyTogether
            : null;
        if (kind is { } told)
        {
            var submitterName = submitterId == state.InviterId ? state.InviterName : state.PartnerDisplayName ?? "";
            _ = grains.ByGuid<IPersonReminders>(otherId).Remind(new Reminder(told, relationshipId, submitterName, state.Label));
        }
    }
}
