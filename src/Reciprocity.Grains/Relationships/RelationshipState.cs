using System.Collections.Immutable;
using Reciprocity.Perspectives;
using Reciprocity.Relationships;
using Reciprocity.Sessions;

namespace Reciprocity.Grains.Relationships;

/// <summary>Everything a relationship keeps. Replaced whole on every change, then written, then answered.</summary>
[GenerateSerializer, Alias("Reciprocity.RelationshipState")]
public sealed partial record RelationshipState
{
    [Id(0)] public bool IsOpen { get; init; }
    [Id(1)] public RelationshipKind Kind { get; init; }
    [Id(2)] public string Label { get; init; } = "";
    [Id(3)] public string PartnerName { get; init; } = "";
    [Id(4)] public Guid InviterId { get; init; }
    [Id(5)] public string InviterName { get; init; } = "";
    [Id(6)] public byte[] InviteHash { get; init; } = [];
    [Id(7)] public Guid? PartnerId { get; init; }
    [Id(8)] public string? PartnerDisplayName { get; init; }
    [Id(9)] public DateTimeOffset OpenedAt { get; init; }
    [Id(10)] public RoundState Round { get; init; } = new();

    /// <summary>True while the author reflects alone: nobody is invited, every round is theirs alone.</summary>
    [Id(12)] public bool IsSolo { get; init; }

    /// <summary>How many rounds, from round 1, were the author's alone before they invited the other person.</summary>
    [Id(13)] public int SoloRounds { get; init; }

    [Id(14)] public RevealPolicy RevealPolicy { get; init; }

    [Id(15)] public Guid? FacilitatorId { get; init; }

    /// <summary>The other participant left: what remains is the record of the remaining person's own perspectives.</summary>
    [Id(20)] public bool PartnerLeft { get; init; }
    /// <summary>The session this relationship is a pair of, while a facilitator holds it.</summary>
    [Id(16)] public FacilitatedPair? Pair { get; init; }

    /// <summary>The date proposed (and perhaps agreed) for the next check-in; only its date and who proposed it.</summary>
    [Id(21)] public NextCheckIn? NextCheckIn { get; init; }

    // Id 11 held the history until it moved to its own row (RelationshipHistory); do not reuse it.

    /// <summary>Every revealed round, oldest first. Not part of this row: it is read from and written to <see cref="RelationshipHistory"/>.</summary>
    [field: NonSerialized]
    public ImmutableList<RevealedRound> History { get; init; } = [];

    public bool IsParticipant(Guid personId) => IsOpen && (personId == InviterId || personId == PartnerId);

    /// <summary>A round that belongs to the author alone, for ever: every round while solo, and those before the invite.</summary>
    public bool IsSoloRound(int number) => IsSolo || number <= SoloRounds;

    /// <summary>The number people see: solo rounds count from 1, and shared rounds count from 1 again, so the other person learns nothing of solo ones.</summary>
    public int DisplayNumber(int number) => IsSoloRound(number) ? number : number - SoloRounds;

    /// <summary>An invite is out and nobody has joined yet.</summary>
    public bool InvitePending => !IsSolo && PartnerId is null && InviteHash.Length > 0;

    /// <summary>Both have submitted the current round and it waits for their confirmations or the facilitator.</summary>
    public bool IsReady => CurrentReveal is null && !IsSoloRound(Round.Number) && PartnerId is { } partnerId
        && Round.Submitted.Contains(InviterId) && Round.Submitted.Contains(partnerId);

    public Guid? OtherThan(Guid personId) => personId == InviterId ? PartnerId : InviterId;

    /// <summary>The current round's reveal, when it has happened.</summary>
    public RevealedRound? CurrentReveal => History.Count > 0 && History[^1].Number == Round.Number ? History[^1] : null;

    /// <summary>
    /// This state with its history. A reveal writes only the history's row, so when the current round is revealed,
    /// its drafts and seals are the reveal's: both perspectives, both sealed.
    /// </summary>
    public RelationshipState WithHistory(ImmutableList<RevealedRound> history)
    {
        var state = this with { History = history };
        return state.CurrentReveal is { } reveal
            ? state with { Round = state.Round with { Drafts = reveal.Perspectives, Submitted = [.. reveal.Perspectives.Keys], Confirmed = [] } }
            : state;
    }
}

/// <summary>
/// Revealed rounds, in rows of their own: the "history" row holds the recent ones and is written at each reveal; the
/// "archive" row holds the older ones and is written only when recent rounds move there. Saving a draft, submitting
/// and starting a round write neither, and a reveal writes a row of bounded size however long the history grows.
/// </summary>
[GenerateSerializer, Alias("Reciprocity.RelationshipHistory")]
public sealed partial record RelationshipHistory
{
    // Id 0 held the rounds as an immutable list until issue 22 (read by RelationshipHistory.Before22.cs).
    [Id(2)] public RevealedRound[] Rounds { get; init; } = [];

    /// <summary>
    /// In the "history" row: how many bounded archive rows ("archive-1", "archive-2", …) the older rounds moved to.
    /// Rows written before there were such rows read 0, and their rounds stay in the one "archive" row they are in.
    /// </summary>
    [Id(1)] public int ArchiveRows { get; init; }

    /// <summary>
    /// The archived rounds, then the recent ones the archive does not hold yet: a move that stopped between its two
    /// writes leaves rounds in both rows, and each counts once.
    /// </summary>
    public static ImmutableList<RevealedRound> Join(IReadOnlyList<RevealedRound> archived, IEnumerable<RevealedRound> recent)
    {
        var last = archived.Count > 0 ? archived[^1].Number : 0;
        return [.. archived, .. recent.Where(round => round.Number > last)];
    }
}

/// <summary>The round in progress: each participant's draft and who has sealed theirs.</summary>
[GenerateSerializer, Alias("Reciprocity.RoundState")]
public sealed partial record RoundState
{
    // Ids 1–5 held these as immutable collections until issue 22 (read by RoundState.Before22.cs).
    [Id(0)] public int Number { get; init; } = 1;
    [Id(6)] public PersonDictionary<Perspective> Drafts { get; init; } = PersonDictionary<Perspective>.Empty;
    [Id(7)] public PersonSet Submitted { get; init; } = [];

    /// <summary>Who said "open it now" (the together policy). Cleared by any withdrawal.</summary>
    [Id(8)] public PersonSet Confirmed { get; init; } = [];

    /// <summary>Who took a submission back in this round (the facilitator's board shows it until they submit again).</summary>
    [Id(9)] public PersonSet Withdrawn { get; init; } = [];

    /// <summary>
    /// Who answered the safety check "no" in this round of a facilitated pair: the facilitator's board says so (a status,
    /// nothing more) until they save or share again. The other member's view never shows it.
    /// </summary>
    [Id(10)] public PersonSet KeptPrivate { get; init; } = [];

    public ParticipantStatus StatusOf(Guid? personId) =>
        personId is not { } id ? ParticipantStatus.NotStarted
        : Confirmed.Contains(id) ? ParticipantStatus.Confirmed
        : Submitted.Contains(id) ? ParticipantStatus.Submitted
        : Drafts.ContainsKey(id) ? ParticipantStatus.InProgress
        : ParticipantStatus.NotStarted;

    public Perspective DraftOf(Guid personId) => Drafts.GetValueOrDefault(personId) ?? Perspective.Empty;
}

/// <summary>A revealed round: both perspectives, revealed together at one instant (the author's alone for a solo round).</summary>
[GenerateSerializer, Alias("Reciprocity.RevealedRound")]
public sealed partial record RevealedRound
{
    // Ids 2–4 held these as immutable dictionaries until issue 22 (read by RevealedRound.Before22.cs).
    [Id(0)] public int Number { get; init; }
    [Id(1)] public DateTimeOffset RevealedAt { get; init; }
    [Id(5)] public PersonDictionary<Perspective> Perspectives { get; init; } = PersonDictionary<Perspective>.Empty;

    /// <summary>Each person's reply of thanks to the other's perspective, after the reveal.</summary>
    [Id(6)] public PersonDictionary<string> Appreciations { get; init; } = PersonDictionary<string>.Empty;

    /// <summary>"One small thing I'll try", by each person, after talking.</summary>
    [Id(7)] public PersonDictionary<string> SmallThings { get; init; } = PersonDictionary<string>.Empty;
}

/// <summary>
/// The traces of the revealed rounds of one block of rounds (see <see cref="RelationshipRows"/>), in a row apart from
/// the rounds themselves, so a reply of thanks or a small thing rewrites only this small row. A round listed here has
/// its traces here, whatever the row holding its perspectives says (rows written before carry traces inside rounds).
/// </summary>
[GenerateSerializer, Alias("Reciprocity.RoundTracesBlock")]
public sealed record RoundTracesBlock
{
    [Id(0)] public ImmutableDictionary<int, RoundTracesKept> Rounds { get; init; } = ImmutableDictionary<int, RoundTracesKept>.Empty;
}

/// <summary>Each person's reply of thanks and small thing on one revealed round.</summary>
[GenerateSerializer, Alias("Reciprocity.RoundTracesKept")]
public sealed record RoundTracesKept
{
    [Id(0)] public ImmutableDictionary<Guid, string> Appreciations { get; init; } = ImmutableDictionary<Guid, string>.Empty;
    [Id(1)] public ImmutableDictionary<Guid, string> SmallThings { get; init; } = ImmutableDictionary<Guid, string>.Empty;
}
