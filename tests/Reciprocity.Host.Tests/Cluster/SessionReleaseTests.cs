using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Reciprocity.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Reciprocity.Host.Tests.Cluster;

/// <summary>A facilitated pair across a three-host cluster: the board and the release reach whichever host each person is on.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SessionReleaseTests(PostgresServer postgres, ITestOutputHelper output) : IClassFixture<PostgresServer>
{
    private static readonly TimeSpan EventBound = TimeSpan.FromSeconds(30);

    [Fact(Timeout = 240_000)]
    public async Task A_release_by_the_facilitator_on_one_host_reaches_the_pair_on_the_two_others()
    {
        await using var cluster = await HostCluster.Start(postgres, 3);
        try
        {
            await using var lee = await ClusterParticipant.Join(cluster.Urls, home: 0, "Dr Lee");
            await using var sam = await ClusterParticipant.Join(cluster.Urls, home: 1, "Sam");
            await using var alex = await ClusterParticipant.Join(cluster.Urls, home: 2, "Alex");

            var session = await lee.Call(HttpMethod.Post, "/api/sessions", new { title = "Sam & Alex", kind = "couple" }, retry: false);
            var sessionId = session.Body["sessionId"]!.GetValue<Guid>();
            await lee.Hub.Connection.InvokeAsync<JsonElement>("WatchSession", sessionId);
            foreach (var person in new[] { sam, alex })
            {
                var seat = await lee.Call(HttpMethod.Post, $"/api/sessions/{sessionId}/participants", new { name = person.DisplayName }, retry: false);
                await person.Call(HttpMethod.Post, $"/api/seats/{seat.Body["seatCode"]!.GetValue<string>()}/claim", null, retry: false);
            }

            var board = await lee.Call(HttpMethod.Get, $"/api/sessions/{sessionId}", null, retry: false);
            var pairId = board.Body["pairs"]![0]!["pairId"]!.GetValue<Guid>();
            var relationshipId = board.Body["pairs"]![0]!["relationshipId"]!.GetValue<Guid>();
            await sam.Hub.Watch(relationshipId);
            await alex.Hub.Watch(relationshipId);

            await sam.SaveDraft(relationshipId, AuditClient.Perspective("sam-words"));
            await alex.SaveDraft(relationshipId, AuditClient.Perspective("alex-words", overall: 4));
            await sam.Submit(relationshipId);
            await alex.Submit(relationshipId);

            // The board on host 0 learns the pair is ready from the relationship, wherever it lives.
            await lee.Hub.WaitFor((name, payload) => name == "PairStatusChanged" && payload.GetProperty("pairId").GetGuid() == pairId && payload.GetProperty("ready").GetBoolean(), EventBound, "the pair ready on the board");

            var released = await lee.Call(HttpMethod.Post, $"/api/sessions/{sessionId}/pairs/{pairId}/release", null, retry: false);
            var revealedAt = released.Body["revealedAt"]!.GetValue<DateTimeOffset>();

            var toLee = await lee.Hub.WaitFor((name, payload) => name == "PairRevealed" && payload.GetProperty("pairId").GetGuid() == pairId, EventBound, "PairRevealed");
            var toSam = await sam.Hub.Revealed(relationshipId, 1, EventBound);
            var toAlex = await alex.Hub.Revealed(relationshipId, 1, EventBound);
            Assert.All(new[] { toLee, toSam, toAlex }, e => Assert.Equal(revealedAt, e.GetProperty("revealedAt").GetDateTimeOffset()));
            Assert.Contains("sam-words", toLee.GetRawText(), StringComparison.Ordinal);
            Assert.Contains("alex-words", toLee.GetRawText(), StringComparison.Ordinal);
            Assert.Contains("alex-words", toSam.GetRawText(), StringComparison.Ordinal);
            Assert.Contains("sam-words", toAlex.GetRawText(), StringComparison.Ordinal);
            output.WriteLine($"released at {revealedAt:O}; the facilitator on host 0 and the pair on hosts 1 and 2 each received it");
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"{e.Message}\n{cluster.OutputTails()}", e);
        }
    }
}
