using System.Net;
using System.Net.Http.Headers;
using Reciprocity.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Reciprocity.Host.Tests.Cluster;

/// <summary>A reveal reaches everyone watching, even when the host holding the relationship dies at the worst moment.</summary>
[Collection(ClusterCollection.Name)]
public sealed class RevealDeliveryTests(PostgresServer postgres, ITestOutputHelper output) : IClassFixture<PostgresServer>
{

    [Fact(Timeout = 300_000)]
    public async Task A_reveal_stored_by_a_host_that_dies_before_announcing_it_still_reaches_every_watcher_on_the_survivors()
    {
        await using var cluster = await HostCluster.Start(postgres, 3, new Dictionary<string, string> { ["Testing:KillAfterStoring"] = "history" });
        try
        {
            await using var alex = await ClusterParticipant.Join(cluster.Urls, home: 0, "Alex");
            await using var sam = await ClusterParticipant.Join(cluster.Urls, home: 1, "Sam");
            var created = await alex.Call(HttpMethod.Post, "/api/relationships", new { kind = "partner", label = "", partnerName = "Sam" }, retry: false);
            var relationshipId = created.Body["relationshipId"]!.GetValue<Guid>();
            await sam.Accept(created.Body["inviteCode"]!.GetValue<string>());

            // Each person watches through every host, as three browser tabs behind a proxy might.
            List<(string Who, int Host, NetworkHubWatcher Watcher)> watchers = [];
            foreach (var person in new[] { alex, sam })
            {
                for (var host = 0; host < 3; host++)
                {
                    var watcher = await NetworkHubWatcher.Connect(cluster.Urls, host, person.AccessKey);
                    await watcher.Watch(relationshipId);
                    watchers.Add((person.DisplayName, host, watcher));
                }
            }

            await alex.SaveDraft(relationshipId, AuditClient.Perspective("alex-words"));
            await alex.Submit(relationshipId);
            await sam.SaveDraft(relationshipId, AuditClient.Perspective("sam-words"));

            // The reveal is the cluster's first write of a "history" row: stored, then its host dies before telling anyone.
            // Sam's host may answer after retrying the submit on the grain's new activation (a second submit changes
            // nothing and announces nothing), or not at all when it was Sam's host that died.
            using (var http = cluster.Hosts[sam.Home].CreateClient())
            {
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", sam.AccessKey);
                try
                {
                    using var answer = await http.PostAsync(new Uri($"/api/relationships/{relationshipId}/submit", UriKind.Relative), null);
                    output.WriteLine($"Sam's submit answered {(int)answer.StatusCode}");
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    output.WriteLine($"Sam's submit was not answered: {e.Message}");
                }
            }

            using (var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
            {
                await Task.WhenAny(cluster.Hosts.Select(h => h.Exited(bound.Token)));
            }

            var dead = Enumerable.Range(0, 3).Where(i => cluster.Hosts[i].HasExited).ToArray();
            Assert.True(dead.Length == 1, $"exactly one host should have died at the reveal; died: [{string.Join(", ", dead)}]");
            output.WriteLine($"host {dead[0]} died after storing the reveal");

            foreach (var (who, host, watcher) in watchers.Where(w => w.Host != dead[0]))
            {
                var revealed = await watcher.Revealed(relationshipId, 1, TimeSpan.FromSeconds(90));
                Assert.Contains(who == "Alex" ? "sam-words" : "alex-words", revealed.GetRawText(), StringComparison.Ordinal);
                Assert.Equal(0, watcher.Reconnections);
            }

            var survivor = Enumerable.Range(0, 3).First(i => i != dead[0]);
            var view = await sam.ViewOn(survivor, relationshipId);
            Assert.True(view.Body["round"]!["revealed"]!.GetValue<bool>());
            Assert.Equal(HttpStatusCode.OK, await alex.StatusOn(survivor, $"/api/relationships/{relationshipId}", alex.AccessKey));

            foreach (var (_, _, watcher) in watchers)
            {
                await watcher.DisposeAsync();
            }
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"{e.Message}\n{cluster.OutputTails()}", e);
        }
    }
}
