using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Client;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Audits;

/// <summary>Two submits at the same instant, in many pairs at once: each round is revealed once, the same to both.</summary>
public sealed class ExactlyOneRevealTests(SqliteHostFixture host) : IClassFixture<SqliteHostFixture>
{
    private const int Pairs = 20;

    [Fact]
    public async Task Twenty_pairs_whose_two_submits_go_at_the_same_instant_are_each_revealed_exactly_once_and_identically()
    {
        var pairs = await Task.WhenAll(Enumerable.Range(0, Pairs).Select(ReadyToSubmit));
        await using var cleanup = new DisposeAll(pairs);

        // Every submit of every pair waits at one gate, then all go together.
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var answers = pairs.Select(pair => (
            A: Submit(gate.Task, pair.A.Client, pair.RelationshipId),
            B: Submit(gate.Task, pair.B.Client, pair.RelationshipId))).ToArray();
        gate.SetResult();
        await Task.WhenAll(answers.SelectMany(a => new[] { a.A, a.B }));

        foreach (var pair in pairs)
        {
            await pair.A.Hub.Next("Revealed");
            await pair.B.Hub.Next("Revealed");
        }

        await Task.WhenAll(pairs.SelectMany(p => new[] { p.A.Hub.Quiet(), p.B.Hub.Quiet() }));

        for (var i = 0; i < Pairs; i++)
        {
            var pair = pairs[i];
            var toA = Assert.Single(pair.A.Hub.Received, r => r.Name == "Revealed");
            var toB = Assert.Single(pair.B.Hub.Received, r => r.Name == "Revealed");
            Assert.Equal(1, toA.Payload.GetProperty("roundNumber").GetInt32());
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(toA.Payload.GetRawText()), JsonNode.Parse(toB.Payload.GetRawText())), $"pair {i}: the two Revealed events differ");
            var revealedAt = toA.Payload.GetProperty("revealedAt").GetDateTimeOffset();
            var perspectives = toA.Payload.GetProperty("perspectives");

            // Whichever submit came second revealed; any answer that shows the reveal shows this one.
            var (answerA, answerB) = (await answers[i].A, await answers[i].B);
            Assert.True(Revealed(answerA) || Revealed(answerB), $"pair {i}: neither submit answer shows the reveal");
            foreach (var (answer, who) in new[] { (answerA, pair.A), (answerB, pair.B) })
            {
                if (Revealed(answer))
                {
                    SameReveal(answer["round"]!["reveal"]!, revealedAt, perspectives, who, pair.Other(who), $"pair {i}, {who.Client.PersonId}'s submit answer");
                }
                else
                {
                    Assert.Equal("submitted", answer["round"]!["myStatus"]!.GetValue<string>());
                }
            }

            foreach (var who in new[] { pair.A, pair.B })
            {
                var view = await who.Client.View(pair.RelationshipId);
                SameReveal(view["round"]!["reveal"]!, revealedAt, perspectives, who, pair.Other(who), $"pair {i}, the view");
                var history = Assert.Single(view["history"]!.AsArray())!;
                SameReveal(history, revealedAt, perspectives, who, pair.Other(who), $"pair {i}, the history");
            }
        }
    }

    /// <summary>A pair whose two people have complete drafts and each watch the relationship on their own connection.</summary>
    private async Task<Pair> ReadyToSubmit(int index)
    {
        var a = await host.Person($"A{index}");
        var b = await host.Person($"B{index}");
        var (relationshipId, code) = await a.StartRelationship($"B{index}");
        await b.Accept(code);
        var pair = new Pair(
            new Side(a, await HubWatcher.Connect(host.Factory.Server, a.AccessKey)),
            new Side(b, await HubWatcher.Connect(host.Factory.Server, b.AccessKey)),
            relationshipId);
        await pair.A.Hub.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);
        await pair.B.Hub.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);
        await a.SaveDraft(relationshipId, AuditClient.Perspective($"p{index}-a"));
        await b.SaveDraft(relationshipId, AuditClient.Perspective($"p{index}-b", overall: 4));
        return pair;
    }

    private static async Task<JsonNode> Submit(Task gate, AuditClient who, Guid relationshipId)
    {
        await gate;
        return await who.Submit(relationshipId);
    }

    private static bool Revealed(JsonNode view) => view["round"]!["revealed"]!.GetValue<bool>();

    private static void SameReveal(JsonNode reveal, DateTimeOffset revealedAt, JsonElement perspectives, Side mine, Side theirs, string where)
    {
        Assert.Equal(revealedAt, reveal["revealedAt"]!.GetValue<DateTimeOffset>());
        Assert.True(JsonNode.DeepEquals(reveal["mine"], JsonNode.Parse(perspectives.GetProperty(mine.Client.PersonId.ToString()).GetRawText())), $"{where}: 'mine' differs from the event");
        Assert.True(JsonNode.DeepEquals(reveal["theirs"], JsonNode.Parse(perspectives.GetProperty(theirs.Client.PersonId.ToString()).GetRawText())), $"{where}: 'theirs' differs from the event");
    }

    private sealed record Side(AuditClient Client, HubWatcher Hub);

    private sealed record Pair(Side A, Side B, Guid RelationshipId)
    {
        public Side Other(Side side) => side == A ? B : A;
    }

    private sealed class DisposeAll(IEnumerable<Pair> pairs) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            foreach (var pair in pairs)
            {
                await pair.A.Hub.DisposeAsync();
                await pair.B.Hub.DisposeAsync();
            }
        }
    }
}
