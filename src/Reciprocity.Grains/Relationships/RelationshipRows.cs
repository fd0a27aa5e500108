using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Orleans.Core;
using Orleans.Storage;

namespace Reciprocity.Grains.Relationships;

/// <summary>
/// Where a relationship is stored, in rows of bounded size so that no small change rewrites much (issue 26): its own
/// row; the "history" row of recent revealed rounds; the older rounds in "archive-1", "archive-2", … (at most
/// <see cref="RecentLimit"/> rounds each; rows written before these existed keep theirs in the one "archive" row);
/// and the traces of each block of <see cref="TracesPerRow"/> rounds in "traces-0", "traces-1", …, apart from the
/// rounds, so a reply of thanks or a small thing rewrites only that small row. Only how the rows are written lives
/// here; what changes is the grain's to decide.
/// </summary>
internal sealed partial class RelationshipRows(
    IPersistentState<RelationshipState> store,
    IPersistentState<RelationshipHistory> history,
    IPersistentState<RelationshipHistory> archive,
    ILogger logger)
{
    // The history row holds at most this many rounds; when it is full, they all move to a new archive row. Every reveal
    // rewrites the history row whole, so it stays small: 16 at most (a reveal serialized 16–32 rounds when 16 stayed, issue 22).
    private const int RecentLimit = 16;

    /// <summary>Rounds 1–16 keep their traces in "traces-0", 17–32 in "traces-1", and so on.</summary>
    internal const int TracesPerRow = 16;

    private readonly List<IStorage<RelationshipHistory>> _archiveRows = [];
    private readonly Dictionary<int, IStorage<RoundTracesBlock>> _tracesRows = [];
    private IGrainContext? _grain;
    private IGrainStorage? _storage;

    public RelationshipState State => store.State;

    /// <summary>Reads the relationship with every revealed round and its traces, as the grain activates.</summary>
    public async Task Load(IGrainContext grain, IGrainStorage storage)
    {
        (_grain, _storage) = (grain, storage);
        (store.State, history.State, archive.State) = (store.State.Migrated(), history.State.Migrated(), archive.State.Migrated());
        IReadOnlyList<RevealedRound> archived = archive.State.Rounds;
        for (var row = 1; row <= history.State.ArchiveRows; row++)
        {
            var rows = await Read<RelationshipHistory>(ArchiveRowName(row));
            rows.State = rows.State.Migrated();
            _archiveRows.Add(rows);
            archived = RelationshipHistory.Join(archived, rows.State.Rounds);
        }

        var rounds = RelationshipHistory.Join(archived, history.State.Rounds);
        for (var block = 0; block <= BlockOf(Math.Max(store.State.Round.Number, rounds.Count > 0 ? rounds[^1].Number : 1)); block++)
        {
            var traces = await Read<RoundTracesBlock>(TracesRowName(block));
            _tracesRows[block] = traces;
            if (!traces.RecordExists)
            {
                continue;
            }

            rounds = [.. rounds.Select(round => traces.State.Rounds.TryGetValue(round.Number, out var kept)
                ? round with { Appreciations = kept.Appreciations.ToPersonDictionary(), SmallThings = kept.SmallThings.ToPersonDictionary() }
                : round)];
        }

        store.State = store.State.WithHistory(rounds);
    }

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
            await history.Replace(history.State with { Rounds = [.. history.State.Rounds, reveal] });
        }
        catch
        {
            store.State = previous;
            throw;
        }
    }

    /// <summary>
    /// Keeps the history row small: once it holds <see cref="RecentLimit"/> rounds, they are written to a new archive
    /// row, then taken out of the history row, which counts the new row and starts empty. Only where the rounds are stored
    /// changes, never what anyone sees; a failed move is tried again at the next reveal (into the same new row), and the
    /// reveal it follows stands either way. No move rewrites a row written by an earlier one.
    /// </summary>
    public async Task ArchiveOlderRounds()
    {
        var recent = history.State.Rounds;
        if (recent.Length < RecentLimit)
        {
            return;
        }

        var number = history.State.ArchiveRows + 1;
        try
        {
            // Read first: a move that stopped after this write left the row there, and it is written over.
            var row = _archiveRows.Count >= number ? _archiveRows[number - 1] : await Read<RelationshipHistory>(ArchiveRowName(number));
            await row.Replace(new RelationshipHistory { Rounds = recent });
            if (_archiveRows.Count < number)
            {
                _archiveRows.Add(row);
            }

            await history.Replace(new RelationshipHistory { Rounds = [], ArchiveRows = number });
        }
        catch (Exception e)
        {
            ArchivingFailed(logger, recent.Length, e);
        }
    }

    /// <summary>
    /// Writes a state whose history lost someone's perspectives and traces: every row holding rounds or traces first,
    /// the relationship's own row last, so a write that fails part-way leaves the person still a participant and free to
    /// try again.
    /// </summary>
    public async Task Rewrite(RelationshipState next, Func<RevealedRound, RevealedRound?> keep, Guid leaverId)
    {
        if (archive.RecordExists)
        {
            await archive.Replace(new RelationshipHistory { Rounds = Kept(archive.State.Rounds, keep) });
        }

        foreach (var row in _archiveRows)
        {
            await row.Replace(new RelationshipHistory { Rounds = Kept(row.State.Rounds, keep) });
        }

        await history.Replace(history.State with { Rounds = Kept(history.State.Rounds, keep) });
        foreach (var traces in _tracesRows.Values.Where(row => row.RecordExists))
        {
            var rounds = traces.State.Rounds.ToImmutableDictionary(
                pair => pair.Key,
                pair => new RoundTracesKept { Appreciations = pair.Value.Appreciations.Remove(leaverId), SmallThings = pair.Value.SmallThings.Remove(leaverId) });
            await traces.Replace(new RoundTracesBlock { Rounds = rounds });
        }

        await store.Replace(next);
    }

    /// <summary>
    /// Writes the traces of a revealed round into the small row of its block; neither the rounds' rows nor the
    /// relationship's own row are written. On a failed write the previous state stays.
    /// </summary>
    public async Task Retrace(RelationshipState next, RevealedRound changed)
    {
        var block = BlockOf(changed.Number);
        if (!_tracesRows.TryGetValue(block, out var row))
        {
            row = await Read<RoundTracesBlock>(TracesRowName(block));
            _tracesRows[block] = row;
        }

        var previous = store.State;
        store.State = next;
        try
        {
            var kept = new RoundTracesKept { Appreciations = changed.Appreciations.ToImmutableDictionary(), SmallThings = changed.SmallThings.ToImmutableDictionary() };
            await row.Replace(new RoundTracesBlock { Rounds = row.State.Rounds.SetItem(changed.Number, kept) });
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
        foreach (var traces in _tracesRows.Values.Where(row => row.RecordExists))
        {
            await traces.ClearStateAsync();
        }

        foreach (var row in _archiveRows)
        {
            await row.ClearStateAsync();
        }

        await archive.ClearStateAsync();
        await history.ClearStateAsync();
        await store.ClearStateAsync();
        _tracesRows.Clear();
        _archiveRows.Clear();
        archive.State = new RelationshipHistory();
        history.State = new RelationshipHistory();
        store.State = new RelationshipState();
    }

    private static int BlockOf(int roundNumber) => (roundNumber - 1) / TracesPerRow;

    private static string ArchiveRowName(int number) => $"archive-{number}";

    private static string TracesRowName(int block) => $"traces-{block}";

    private static RevealedRound[] Kept(RevealedRound[] rounds, Func<RevealedRound, RevealedRound?> keep) =>
        [.. rounds.Select(keep).OfType<RevealedRound>()];

    private async Task<IStorage<T>> Read<T>(string name)
    {
        var row = new StateStorageBridge<T>(name, _grain!, _storage!);
        await row.ReadStateAsync();
        return row;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not move {Count} revealed rounds to an archive row; trying again at the next reveal.")]
    private static partial void ArchivingFailed(ILogger logger, int count, Exception error);
}
