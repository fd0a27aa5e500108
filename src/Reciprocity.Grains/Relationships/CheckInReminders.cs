using Reciprocity.People;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Relationships;

/// <summary>
/// Keeps each participant's reminder schedule in step with the relationship's next check-in, one-way: an agreed date
/// is kept until it is due, anything else (a proposal, none, a departure) clears it.
/// </summary>
internal static class CheckInReminders
{
    public static void Schedule(IGrainFactory grains, Guid relationshipId, RelationshipState state) =>
        Tell(grains, relationshipId, state.NextCheckIn is { Agreed: true } agreed ? agreed.Date : null, state.InviterId, state.PartnerId);

    /// <summary>The relationship changed hands or ended: nobody is reminded of its check-in any more.</summary>
    public static void Clear(IGrainFactory grains, Guid relationshipId, params Guid?[] people) =>
        Tell(grains, relationshipId, null, people);

    private static void Tell(IGrainFactory grains, Guid relationshipId, DateOnly? day, params Guid?[] people)
    {
        foreach (var personId in people.OfType<Guid>().Distinct())
        {
            _ = grains.ByGuid<IPersonReminders>(personId).ScheduleCheckIn(relationshipId, day);
        }
    }
}
