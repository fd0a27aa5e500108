using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reciprocity.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Reciprocity.Host.Tests.Cluster;

/// <summary>
/// Two silos and two front ends as real processes (docs/operations.md: the two-tier layout). People on different front
/// ends audit together with live events; a silo dies mid-audit, then a front end: nothing acknowledged is lost, every
/// answer is 2xx or 503, and everyone reaches the reveal (those of the dead front end through the other one, by Watch).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class TwoTierTests(PostgresServer postgres, ITestOutputHelper output) : IClassFixture<PostgresServer>
{
    private const int Pairs = 6;

    // Not a front end's index: the silo's kill cuts no connection a participant makes.
    private const int KilledSilo = 100;

    private static readonly TimeSpan RevealBound = TimeSpan.FromSeconds(45);

    [Fact(Timeout = 300_000)]
    public async Task People_on_different_front_ends_see_live_events_and_reach_the_reveal_through_a_silo_kill_then_a_front_end_kill()
    {
        var clock = Stopwatch.StartNew();
        await using var cluster = await TierCluster.Start(postgres, silos: 2, frontEnds: 2);
        output.WriteLine($"two silos and two front ends ready after {clock.Elapsed.TotalSeconds:F1} s");
        try
        {
            var urls = cluster.FrontEndUrls;
            await using (var alex = await ClusterParticipant.Join(urls, home: 0, "Alex"))
            await using (var sam = await ClusterParticipant.Join(urls, home: 1, "Sam"))
            {
                var (relationshipId, code) = await alex.StartRelationship("Sam");
                await sam.Accept(code);
                await alex.Hub.Watch(relationshipId);
                await sam.Hub.Watch(relationshipId);
                await ClusterTests.AuditThroughToTheReveal(alex, sam, relationshipId, round: 1, marker: "tiers");
            }

            output.WriteLine($"a live audit across the front ends after {clock.Elapsed.TotalSeconds:F1} s");

            var failover = new FailoverWindow();
            var people = await Task.WhenAll(Enumerable.Range(0, Pairs).SelectMany(i => new[]
            {
                ClusterParticipant.Join(urls, i % 2, $"A{i}", failover),
                ClusterParticipant.Join(urls, (i + 1) % 2, $"B{i}", failover),
            }));
            try
            {
                var pairs = await Task.WhenAll(Enumerable.Range(0, Pairs).Select(async i =>
                {
                    var (a, b) = (people[2 * i], people[(2 * i) + 1]);
                    var (relationshipId, code) = await a.StartRelationship(b.DisplayName);
                    await b.Accept(code);
                    await a.Hub.Watch(relationshipId);
                    await b.Hub.Watch(relationshipId);
                    return (Index: i, A: a, B: b, Id: relationshipId);
                }));
                await Task.WhenAll(pairs.Select(p => BothDraft(p.A, p.B, p.Id, p.Index, draft: 1)));

                failover.OpenAtKill(KilledSilo);
                cluster.Silos[0].Kill();
                await Task.WhenAll(pairs.Select(p => BothDraft(p.A, p.B, p.Id, p.Index, draft: 2)));

                // Every draft acknowledged is there, read back through the front ends.
                foreach (var (index, a, b, id) in pairs)
                {
                    foreach (var who in new[] { a, b })
                    {
                        var view = (await who.View(id)).Body;
                        Assert.Equal($"{Marker(index, who == a, 2)} initiation", view["round"]!["myDraft"]!["dimensions"]!["initiation"]!["note"]!.GetValue<string>());
                    }
                }

                failover.CloseAtRecovery();
                output.WriteLine($"silo 0 killed; every draft saved after it read back at {failover.SinceKill.TotalSeconds:F1} s, {failover.Failures.Count} answers 503 meanwhile");

                failover.OpenAtKill(0);
                cluster.FrontEnds[0].Kill();
                await Task.WhenAll(pairs.Select(async p =>
                {
                    await p.A.Submit(p.Id);
                    await p.B.Submit(p.Id);
                }));

                foreach (var (index, a, b, id) in pairs)
                {
                    var view = (await a.ViewOn(1, id)).Body;
                    Assert.True(view["round"]!["revealed"]!.GetValue<bool>(), $"pair {index} is revealed");
                    Assert.Equal($"{Marker(index, true, 2)} initiation", Note(view["round"]!["reveal"]!["mine"]!));
                    Assert.Equal($"{Marker(index, false, 2)} initiation", Note(view["round"]!["reveal"]!["theirs"]!));
                }

                // Everyone learns of the reveal live: by the Revealed event, or (having moved to the other front end) by Watch again.
                var reached = await Task.WhenAll(pairs.SelectMany(p => new[] { p.A, p.B }.Select(person => person.Hub.WaitFor(
                    (name, payload) => NetworkHubWatcher.IsFor(payload, p.Id) && (name == "Revealed" || IsRevealedView(name, payload)),
                    RevealBound, $"the reveal of pair {p.Index} for {person.DisplayName}"))));
                Assert.Equal(2 * Pairs, reached.Length);
                Assert.All(people.Where(p => p.Home == 0), p =>
                {
                    Assert.True(p.Hub.Reconnections >= 1, $"{p.DisplayName} reconnected");
                    Assert.Equal(urls[1], p.Hub.ConnectedTo);
                });
                output.WriteLine($"front end 0 killed; every pair revealed to both after {clock.Elapsed.TotalSeconds:F1} s; " +
                    $"{failover.Failures.Count} answers 503 in all");
                using var survivor = cluster.FrontEnds[1].CreateClient();
                Assert.True((await survivor.GetAsync("/health/ready")).IsSuccessStatusCode, "the surviving front end is ready");
            }
            finally
            {
                foreach (var person in people)
                {
                    await person.DisposeAsync();
                }
            }
        }
        catch
        {
            for (var i = 0; i < cluster.Silos.Count; i++)
            {
                File.WriteAllText($"/tmp/tier-silo{i}.log", cluster.Silos[i].Output);
            }

            for (var i = 0; i < cluster.FrontEnds.Count; i++)
            {
                File.WriteAllText($"/tmp/tier-fe{i}.log", cluster.FrontEnds[i].Output);
            }

            output.WriteLine(cluster.OutputTails());
            throw;
        }
    }

    private static async Task BothDraft(ClusterParticipant a, ClusterParticipant b, Guid relationshipId, int index, int draft)
    {
        await a.SaveDraft(relationshipId, AuditClient.Perspective(Marker(index, true, draft)));
        await b.SaveDraft(relationshipId, AuditClient.Perspective(Marker(index, false, draft), overall: 4));
    }

    private static string Marker(int index, bool isA, int draft) => $"t{index}-{(isA ? "A" : "B")}-d{draft}";

    private static string Note(JsonNode perspective) => perspective["dimensions"]!["initiation"]!["note"]!.GetValue<string>();

    private static bool IsRevealedView(string name, JsonElement payload) =>
        name == NetworkHubWatcher.WatchView && payload.GetProperty("round").GetProperty("revealed").GetBoolean();
}
