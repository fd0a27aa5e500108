using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reciprocity.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Reciprocity.Host.Tests.Cluster;

/// <summary>
/// Three hosts as real processes in one Orleans cluster on a throwaway PostgreSQL: participants on different hosts see
/// each other's steps and the reveal, and a key rotated on one host stops on all. Every wait is bounded and awaits the
/// event itself; a test that cannot finish fails with the hosts' last log lines instead of hanging. (A host killed
/// mid-batch: HostKillTests.)
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterTests(PostgresServer postgres, ITestOutputHelper output) : IClassFixture<PostgresServer>
{
    private static readonly TimeSpan EventBound = TimeSpan.FromSeconds(20);
    private static readonly string[] StatusChangedFields = ["relationshipId", "roundNumber", "statuses"];

    [Fact(Timeout = 240_000)]
    public async Task Participants_on_different_hosts_both_see_every_status_and_the_reveal()
    {
        var clock = Stopwatch.StartNew();
        await using var cluster = await HostCluster.Start(postgres, 3);
        output.WriteLine($"three hosts ready after {clock.Elapsed.TotalSeconds:F1} s");
        await cluster.Reporting(output, async () =>
        {
            await using var alex = await ClusterParticipant.Join(cluster.Urls, home: 0, "Alex");
            await using var sam = await ClusterParticipant.Join(cluster.Urls, home: 1, "Sam");
            Assert.Equal(cluster.Urls[0], alex.Hub.ConnectedTo);
            Assert.Equal(cluster.Urls[1], sam.Hub.ConnectedTo);

            List<Guid> audits = [];
            for (var audit = 1; audit <= 3; audit++)
            {
                var (relationshipId, code) = await alex.StartRelationship("Sam");
                await sam.Accept(code);
                await alex.Hub.Watch(relationshipId);
                await sam.Hub.Watch(relationshipId);
                await AuditThroughToTheReveal(alex, sam, relationshipId, round: 1, marker: $"audit{audit}");
                audits.Add(relationshipId);
            }

            // Another round of the first audit: revealed once more, to both, on their own hosts.
            await alex.NewRound(audits[0]);
            await AuditThroughToTheReveal(alex, sam, audits[0], round: 2, marker: "again");

            // Before a reveal, a hub message carries statuses only: no text of any perspective.
            foreach (var (name, payload) in alex.Hub.Received.Concat(sam.Hub.Received).Where(r => r.Name == "StatusChanged"))
            {
                Assert.Equal(StatusChangedFields, payload.EnumerateObject().Select(p => p.Name).Order());
                Assert.DoesNotContain("initiation", payload.GetRawText(), StringComparison.Ordinal);
            }

            output.WriteLine($"four reveals across hosts after {clock.Elapsed.TotalSeconds:F1} s");

            // Every host has just confirmed Alex's key; rotated on one host, the old key stops on all three at once,
            // and the hub connections opened with it, one on each host, end.
            var oldKey = alex.AccessKey;
            int[] hosts = [0, 1, 2];
            foreach (var host in hosts)
            {
                Assert.Equal(HttpStatusCode.OK, await alex.StatusOn(host, "/api/me", oldKey));
            }

            var stale = await Task.WhenAll(hosts.Select(host => NetworkHubWatcher.Connect([cluster.Urls[host]], 0, oldKey, reconnectFor: TimeSpan.Zero)));
            try
            {
                var ended = stale.Select(Ended).ToArray();
                var rotated = await alex.Call(HttpMethod.Post, "/api/me/key", null, retry: false, via: 0);
                var newKey = rotated.Body["accessKey"]!.GetValue<string>();
                foreach (var host in hosts)
                {
                    Assert.Equal(HttpStatusCode.Unauthorized, await alex.StatusOn(host, "/api/me", oldKey));
                    Assert.Equal(HttpStatusCode.OK, await alex.StatusOn(host, "/api/me", newKey));
                }

                foreach (var host in hosts)
                {
                    Assert.True(await ended[host].WaitAsync(EventBound).ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default),
                        $"the hub connection opened with the old key on host {host} was not ended within {EventBound.TotalSeconds} s");
                }
            }
            finally
            {
                foreach (var watcher in stale)
                {
                    await watcher.DisposeAsync();
                }
            }
        });
    }

    private static Task Ended(NetworkHubWatcher watcher)
    {
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.Connection.Closed += _ =>
        {
            ended.TrySetResult();
            return Task.CompletedTask;
        };
        return ended.Task;
    }

    /// <summary>Drafts and submits a round for both, checking each step's StatusChanged on the other's host and the reveal on both.</summary>
    internal static async Task AuditThroughToTheReveal(ClusterParticipant alex, ClusterParticipant sam, Guid relationshipId, int round, string marker)
    {
        bool StatusIs(JsonElement change, ClusterParticipant who, string status) =>
            change.GetProperty("roundNumber").GetInt32() == round
            && change.GetProperty("statuses").TryGetProperty(who.PersonId.ToString(), out var s) && s.GetString() == status;

        await alex.SaveDraft(relationshipId, AuditClient.Perspective($"{marker}-alex"));
        await sam.Hub.StatusChanged(relationshipId, c => StatusIs(c, alex, "inProgress"), EventBound);
        await sam.SaveDraft(relationshipId, AuditClient.Perspective($"{marker}-sam", overall: 4));
        await alex.Hub.StatusChanged(relationshipId, c => StatusIs(c, sam, "inProgress"), EventBound);
        await alex.Submit(relationshipId);
        await sam.Hub.StatusChanged(relationshipId, c => StatusIs(c, alex, "submitted"), EventBound);
        var answer = await sam.Submit(relationshipId);
        Assert.True(answer.Body["round"]!["revealed"]!.GetValue<bool>());

        var toAlex = await alex.Hub.Revealed(relationshipId, round, EventBound);
        var toSam = await sam.Hub.Revealed(relationshipId, round, EventBound);
        Assert.Equal(toAlex.GetProperty("revealedAt").GetDateTimeOffset(), toSam.GetProperty("revealedAt").GetDateTimeOffset());
        foreach (var reveal in new[] { toAlex, toSam })
        {
            var perspectives = reveal.GetProperty("perspectives");
            Assert.Equal($"{marker}-alex initiation", perspectives.GetProperty(alex.PersonId.ToString()).GetProperty("dimensions").GetProperty("initiation").GetProperty("note").GetString());
            Assert.Equal($"{marker}-sam initiation", perspectives.GetProperty(sam.PersonId.ToString()).GetProperty("dimensions").GetProperty("initiation").GetProperty("note").GetString());
        }

        Assert.Single(alex.Hub.Received, r => r.Name == "Revealed" && NetworkHubWatcher.IsFor(r.Payload, relationshipId) && r.Payload.GetProperty("roundNumber").GetInt32() == round);
    }
}
