using System.Diagnostics;

namespace Reciprocity.LoadTest;

/// <summary>
/// Two people auditing one relationship, round after round: both save a draft, the inviter submits, then the partner
/// submits (the second submit, which reveals) and both connections must receive Revealed; the inviter starts the next round.
/// </summary>
public sealed class Pair : IAsyncDisposable
{
    private static readonly DraftBody InviterDraft = new(Perspective("Mostly I reach out first, and that is fine for now.", 3));
    private static readonly DraftBody PartnerDraft = new(Perspective("We take turns; it has felt even this month.", 4));

    private readonly Measurements _measurements;

    private Pair(Participant inviter, Participant partner, Guid relationshipId, Measurements measurements)
    {
        Inviter = inviter;
        Partner = partner;
        RelationshipId = relationshipId;
        _measurements = measurements;
    }

    public Participant Inviter { get; }

    public Participant Partner { get; }

    public Guid RelationshipId { get; }

    /// <summary>Rounds whose reveal reached both connections.</summary>
    public int RoundsCompleted { get; private set; }

    public bool Failed { get; private set; }

    /// <summary>People, the relationship, the accepted invite, and both hub connections watching it, all on one host.</summary>
    public static Task<Pair> Create(HttpClient http, Uri baseAddress, Measurements measurements, int index, CancellationToken cancellation) =>
        Create(new HostClient(http, baseAddress), new HostClient(http, baseAddress), measurements, index, cancellation);

    /// <summary>
    /// As above, with each side on its own host: every call and the hub connection of the inviter go to
    /// <paramref name="inviterHost"/>, the partner's to <paramref name="partnerHost"/> (in a cluster, the reveal then crosses hosts).
    /// The round's steps go the <paramref name="writePath"/> way; setting up is always over HTTP.
    /// </summary>
    public static async Task<Pair> Create(HostClient inviterHost, HostClient partnerHost, Measurements measurements, int index, CancellationToken cancellation, WritePath writePath = WritePath.Http)
    {
        ArgumentNullException.ThrowIfNull(inviterHost);
        ArgumentNullException.ThrowIfNull(partnerHost);
        var inviter = await Participant.Create(inviterHost.Http, measurements, $"Alex {index}", writePath);
        var partner = await Participant.Create(partnerHost.Http, measurements, $"Sam {index}", writePath);
        var (relationshipId, inviteCode) = await inviter.StartRelationship();
        await partner.Accept(inviteCode);
        await inviter.Watch(inviterHost.BaseAddress, relationshipId, cancellation);
        await partner.Watch(partnerHost.BaseAddress, relationshipId, cancellation);
        return new Pair(inviter, partner, relationshipId, measurements);
    }

    /// <summary>Plays rounds until <paramref name="stop"/> (checked between rounds) or the round bound; an error ends this pair.</summary>
    public async Task Run(LoadOptions options, Random random, TimeSpan startDelay, CancellationToken stop)
    {
        try
        {
            await Task.Delay(startDelay, stop);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        var round = 1;
        while (!stop.IsCancellationRequested && (options.RoundsPerPair is not { } bound || RoundsCompleted < bound))
        {
            try
            {
                await PlayRound(round).WaitAsync(options.OperationTimeout * 4, CancellationToken.None);
            }
            catch (Exception e) when (e is LoadException or HttpRequestException or TimeoutException or TaskCanceledException or InvalidOperationException or IOException or System.Net.WebSockets.WebSocketException or Microsoft.AspNetCore.SignalR.HubException)
            {
                _measurements.Error(e is TimeoutException ? "a round took longer than its bound" : $"{e.GetType().Name}: {e.Message}");
                Failed = true;
                return;
            }

            RoundsCompleted++;
            round++;
            if (options.RoundsPerPair is { } last && RoundsCompleted >= last)
            {
                return;
            }

            try
            {
                if (options.Pacing == RoundPacing.Paced)
                {
                    double fraction;
                    lock (random)
                    {
                        fraction = random.NextDouble();
                    }

                    await Task.Delay(options.PaceMin + ((options.PaceMax - options.PaceMin) * fraction), stop);
                }

                await Inviter.StartRound(RelationshipId);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is LoadException or HttpRequestException or IOException or OperationCanceledException or InvalidOperationException or Microsoft.AspNetCore.SignalR.HubException)
            {
                _measurements.Error($"{e.GetType().Name}: {e.Message}");
                Failed = true;
                return;
            }
        }
    }

    private async Task PlayRound(int round)
    {
        await Task.WhenAll(Inviter.SaveDraft(RelationshipId, InviterDraft), Partner.SaveDraft(RelationshipId, PartnerDraft));
        await Inviter.Submit(RelationshipId, expectReveal: false);

        var inviterSaw = Inviter.RevealOf(round);
        var partnerSaw = Partner.RevealOf(round);
        var sent = Stopwatch.GetTimestamp();
        await Partner.Submit(RelationshipId, expectReveal: true);
        var seen = Math.Max(await inviterSaw, await partnerSaw);
        _measurements.RoundRevealed(sent, seen);
        Inviter.Forget(round);
        Partner.Forget(round);
    }

    public async ValueTask DisposeAsync()
    {
        await Inviter.DisposeAsync();
        await Partner.DisposeAsync();
    }

    private static object Perspective(string note, int overall) => new
    {
        dimensions = new
        {
            initiation = new { score = 3, leans = "me", note },
            depth = new { score = 4, leans = "neither", note = "" },
            crisisResponse = new { score = 4, leans = "them", note = "Came straight away when it mattered." },
            maintenance = new { score = 3, leans = "neither", note = "" },
        },
        overall,
        season = new { kind = "none", note = "" },
    };
}
