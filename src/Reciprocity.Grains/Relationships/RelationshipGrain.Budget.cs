using Microsoft.Extensions.Logging;
using Reciprocity.Grains.Rules;
using Reciprocity.People;

namespace Reciprocity.Grains.Relationships;

/// <summary>
/// The size budgets (issue 26): a change that makes the relationship keep more writing is refused (409, nothing
/// changes) past the relationship's budget, or past the writer's own budget across their relationships. The writer's
/// budget is asked only when their writing here crosses a step of <see cref="Limits.BudgetStep"/>.
/// </summary>
public sealed partial class RelationshipGrain
{
    // What each writer's budget holds for this relationship, as far as this activation knows (asked again after activation).
    private readonly Dictionary<Guid, long> _held = [];

    /// <summary>Refuses <paramref name="next"/> when it keeps more writing than the budgets allow; holds room for it otherwise.</summary>
    private async Task EnsureRoomFor(RelationshipState next, Guid writerId)
    {
        var (total, written) = WrittenText.Of(next, writerId);
        if (total > Limits.RelationshipTextBudget && total > WrittenText.Of(State, writerId).Total)
        {
            throw Limits.RelationshipFull();
        }

        var steps = (written + Limits.BudgetStep - 1) / Limits.BudgetStep * Limits.BudgetStep;
        if (steps <= _held.GetValueOrDefault(writerId, -1))
        {
            return;
        }

        if (!await GrainFactory.ByGuid<IWritingBudgetGrain>(writerId).Hold(RelationshipId, steps))
        {
            throw Limits.PersonFull();
        }

        _held[writerId] = steps;
    }

    /// <summary>
    /// The person's writing here is gone (they left, or were removed): their budget lets its room go. The departure
    /// stands either way; a budget that could not be told keeps that room held (less room, never more).
    /// </summary>
    private async Task ReleaseRoomOf(Guid personId)
    {
        _held.Remove(personId);
        try
        {
            await GrainFactory.ByGuid<IWritingBudgetGrain>(personId).Hold(RelationshipId, 0);
        }
        catch (Exception e)
        {
            RoomNotReleased(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A person's writing budget could not let go of a relationship they left; it keeps that room held.")]
    private static partial void RoomNotReleased(ILogger logger, Exception error);
}
