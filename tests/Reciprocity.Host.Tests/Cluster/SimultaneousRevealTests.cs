using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reciprocity.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Reciprocity.Host.Tests.Cluster;

/// <summary>
/// Two submits at the same instant through two different hosts of a three-host cluster, in many pairs at once: each
/// round is revealed once, the same to both, on whichever host each one is connected.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class SimultaneousRevealTests(PostgresServer postgres, ITestOutputHelper output) : IClassFixture<PostgresServer>
{
    private const int Pairs = 20;
    private static readonly TimeSpan EventBound = TimeSpan.FromSeconds(30);

    [Fact(Timeout = 240_000)]
    public async Task Twenty_pairs_submitting_at_the_same_instant_through_two_hosts_are_each_revealed_exactly_once_and_identically()
    {
        var clock = Stopwatch.StartNew();
        await using var cluster = await HostCluster.Start(postgres, 3);
        output.WriteLine($"three hosts ready after {clock.Elapsed.TotalSeconds:F1} s");
        List<ClusterParticipant> everyone = [];
        try
        {
            // Person A of pair i on host i % 3, person B on the next: every submit pair crosses two hosts.
            var pairs = await Task.WhenAll(Enumerable.Range(0, Pairs).Select(async i =>
            {
                var a = await ClusterParticipant.Join(cluster.Urls, i % 3, $"A{i}");
                var b = await ClusterParticipant.Join(cluster.Urls, (i + 1) % 3, $"B{i}");
                lock (everyone)
                {
                    everyone.AddRange([a, b]);
                }

                var (relationshipId, code) = await a.StartRelationship(b.DisplayName);
                await b.Accept(code);
                await a.Hub.Watch(relationshipId);
                await b.Hub.Watch(relationshipId);
                await a.SaveDraft(relationshipId, AuditClient.Perspective($"p{i}-a"));
                await b.SaveDraft(relationshipId, AuditClient.Perspective($"p{i}-b", overall: 4));
                return (A: a, B: b, RelationshipId: relationshipId);
            }));
            output.WriteLine($"{Pairs} pairs ready to submit after {clock.Elapsed.TotalSeconds:F1} s");

            // No retries: outside a failover a 5xx is a failure, and a retried submit could hide a second reveal.
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var answers = pairs.Select(pair => (
                A: Submit(gate.Task, pair.A, pair.RelationshipId),
                B: Submit(gate.Task, pair.B, pair.RelationshipId))).ToArray();
            gate.SetResult();
            await Task.WhenAll(answers.SelectMany(a => new[] { a.A, a.B }));

            await Task.WhenAll(pairs.SelectMany(p => new[] { p.A.Hub.Revealed(p.RelationshipId, 1, EventBound), p.B.Hub.Revealed(p.RelationshipId, 1, EventBound) }));
            await Task.WhenAll(everyone.Select(p => p.Hub.Log.Quiet(TimeSpan.FromSeconds(2), within: TimeSpan.FromSeconds(60))));
            output.WriteLine($"every reveal reached both sides and the hubs fell quiet after {clock.Elapsed.TotalSeconds:F1} s");

            for (var i = 0; i < Pairs; i++)
            {
                var (a, b, relationshipId) = pairs[i];
                var toA = Assert.Single(RevealsOf(a, relationshipId));
                var toB = Assert.Single(RevealsOf(b, relationshipId));
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(toA.GetRawText()), JsonNode.Parse(toB.GetRawText())), $"pair {i}: the Revealed events on hosts {a.Hub.ConnectedTo} and {b.Hub.ConnectedTo} differ");
                var revealedAt = toA.GetProperty("revealedAt").GetDateTimeOffset();
                var perspectives = toA.GetProperty("perspectives");

                var (answerA, answerB) = (await answers[i].A, await answers[i].B);
                Assert.True(Revealed(answerA) || Revealed(answerB), $"pair {i}: neither submit answer shows the reveal");
                foreach (var (answer, mine, theirs) in new[] { (answerA, a, b), (answerB, b, a) })
                {
                    if (Revealed(answer))
                    {
                        SameReveal(answer["round"]!["reveal"]!, revealedAt, perspectives, mine, theirs, $"pair {i}, {mine.DisplayName}'s submit answer");
                    }

                    var view = (await mine.View(relationshipId)).Body;
                    SameReveal(view["round"]!["reveal"]!, revealedAt, perspectives, mine, theirs, $"pair {i}, {mine.DisplayName}'s view");
                    SameReveal(Assert.Single(view["history"]!.AsArray())!, revealedAt, perspectives, mine, theirs, $"pair {i}, {mine.DisplayName}'s history");
                }
            }
        }
        catch
        {
            output.WriteLine(cluster.OutputTails());
            throw;
        }
        finally
        {
            foreach (var participant in everyone)
            {
                await participant.DisposeAsync();
            }
        }
    }

    private static async Task<JsonNode> Submit(Task gate, ClusterParticipant who, Guid relationshipId)
    {
        await gate;
        return (await who.Call(HttpMethod.Post, $"/api/relationships/{relationshipId}/submit", null, retry: false)).Body;
    }

    private static IEnumerable<JsonElement> RevealsOf(ClusterParticipant who, Guid relationshipId) =>
        who.Hub.Received.Where(r => r.Name == "Revealed" && NetworkHubWatcher.IsFor(r.Payload, relationshipId)).Select(r => r.Payload);

    private static bool Revealed(JsonNode view) => view["round"]!["revealed"]!.GetValue<bool>();

    private static void SameReveal(JsonNode reveal, DateTimeOffset revealedAt, JsonElement perspectives, ClusterParticipant mine, ClusterParticipant theirs, string where)
    {
        Assert.Equal(revealedAt, reveal["revealedAt"]!.GetValue<DateTimeOffset>());
        Assert.True(JsonNode.DeepEquals(reveal["mine"], JsonNode.Parse(perspectives.GetProperty(mine.PersonId.ToString()).GetRawText())), $"{where}: 'mine' differs from the event");
        Assert.True(JsonNode.DeepEquals(reveal["theirs"], JsonNode.Parse(perspectives.GetProperty(theirs.PersonId.ToString()).GetRawText())), $"{where}: 'theirs' differs from the event");
    }
}
