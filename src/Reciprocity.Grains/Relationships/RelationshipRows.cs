using Microsoft.Extensions.Logging;
using Reciprocity.Grains.Rules;

namespace Reciprocity.Grains.Relationships;

/// <summary>
/// Where a relationship is stored: its own row, the "history" row of recent revealed rounds, and the "archive" row of
/// older ones. Only how the rows are written lives here; what changes is the grain's to decide.
/// </summary>
internal sealed partial class RelationshipRows(
    IPersistentState<RelationshipState> store,
    IPersistentState<RelationshipHistory> history,
    IPersistentState<RelationshipHistory> archive,
    ILogger logger)
{
    // The history row holds at most this many rounds; when it is full, all but the newest RecentKept move to the archive.
    private const int RecentLimit = 32;
    private const int RecentKept = 16;

    public RelationshipState State => store.State;

    /// <summary>Reads the relationship with every revealed round, as the grain activates.</summary>
    public void Load() => store.State = store.State.WithHistory(RelationshipHistory.Join(archive.State.Rounds, history.State.Rounds));

    /// <summary>
    /// Replaces the state and writes it; on a failed write the previous state stays, so nothing unacknowledged is
    /// visible. A reveal writes only the recent history with the revealed round added (the round's seals follow from
    /// it, see <see cref="RelationshipState.WithHistory"/>); every other change writes only the relationship's row.
    /// </summary>
    public async Task Commit(RelationshipState next, RevealedRound? reveal)
    {
        if (reveal is null)
        {
            await store.Replace(next);
            return;
        }

        var previous = store.State;
        store.State = next;
        try
        {
            await history.Replace(new RelationshipHistory { Rounds = history.State.Rounds.Add(reveal) });
        }
        catch
        {
            store.State = previous;
            throw;
        }
    }

    /// <summary>
    /// Keeps the history row small: once it holds <see cref="RecentLimit"/> rounds, the older ones are added to the
    /// archive row, then taken out of the history row. Only where the rounds are stored changes, never what anyone sees;
    /// a failed move is tried again at the next reveal, and the reveal it follows stands either way.
    /// </summary>
    public async Task ArchiveOlderRounds()
    {
        var recent = history.State.Rounds;
        if (recent.Count < RecentLimit)
        {
            return;
        }

        var moving = recent.GetRange(0, recent.Count - RecentKept);
        try
        {
            await archive.Replace(new RelationshipHistory { Rounds = RelationshipHistory.Join(archive.State.Rounds, moving) });
            await history.Replace(new RelationshipHistory { Rounds = recent.RemoveRange(0, moving.Count) });
        }
        catch (Exception e)
        {
            ArchivingFailed(logger, moving.Count, e);
        }
    }

    /// <summary>
    /// Writes a state whose history lost someone's perspectives: the archive and history rows first, the relationship's
    /// own row last, so a write that fails part-way leaves the person still a participant and free to try again.
    /// </summary>
    public async Task Rewrite(RelationshipState next, Func<RevealedRound, RevealedRound?> keep)
    {
        await archive.Replace(new RelationshipHistory { Rounds = [.. archive.State.Rounds.Select(keep).OfType<RevealedRound>()] });
        await history.Replace(new RelationshipHistory { Rounds = [.. history.State.Rounds.Select(keep).OfType<RevealedRound>()] });
        await store.Replace(next);
    }

    /// <summary>
    /// Writes a revealed round whose traces changed into the row that holds it (the history row, the archive row, or
    /// both while a move stands half-done); the relationship's own row is not written. On a failed write the previous
    /// state stays.
    /// </summary>
    public async Task Retrace(RelationshipState next, RevealedRound changed)
    {
        var previous = store.State;
        store.State = next;
        try
        {
            if (archive.State.Rounds.FindIndex(r => r.Number == changed.Number) is var archived and >= 0)
            {
                await archive.Replace(new RelationshipHistory { Rounds = archive.State.Rounds.SetItem(archived, changed) });
            }

            if (history.State.Rounds.FindIndex(r => r.Number == changed.Number) is var recent and >= 0)
            {
                await history.Replace(new RelationshipHistory { Rounds = history.State.Rounds.SetItem(recent, changed) });
            }
        }
        catch
        {
            store.State = previous;
            throw;
        }
    }

    /// <summary>Clears every row of the relationship (the stored payloads become NULL); nothing of it is kept.</summary>
    public async Task Erase()
    {
        await archive.ClearStateAsync();
        await history.ClearStateAsync();
        await store.ClearStateAsync();
        archive.State = new RelationshipHistory();
        history.State = new RelationshipHistory();
        store.State = new RelationshipState();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not move {Count} revealed rounds to the archive row; trying again at the next reveal.")]
    private static partial void ArchivingFailed(ILogger logger, int count, Exception error);
}
