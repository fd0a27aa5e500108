using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Audits;

/// <summary>The two ways a person takes the round's steps in the contract: over HTTP and over the hub.</summary>
public abstract partial class RoundStepsContract<THost>
    where THost : AuditHostFixture
{
    private sealed record Answer(int Status, JsonNode Body);

    /// <summary>One person taking the round's steps one way.</summary>
    private abstract class Way : IAsyncDisposable
    {
        public abstract Task<Answer> SaveDraft(Guid relationshipId, string json);

        public abstract Task<Answer> Step(Guid relationshipId, string step);

        public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class OverHttp(AuditClient person) : Way
    {
        public override Task<Answer> SaveDraft(Guid relationshipId, string json) => Send(HttpMethod.Put, $"/api/relationships/{relationshipId}/draft", json);

        public override Task<Answer> Step(Guid relationshipId, string step) => Send(HttpMethod.Post, $"/api/relationships/{relationshipId}/{step}", null);

        private async Task<Answer> Send(HttpMethod method, string path, string? json)
        {
            var (status, text) = await person.SendRaw(method, path, json);
            return new((int)status, JsonNode.Parse(text)!);
        }
    }

    private sealed class OverHub(HubWatcher hub) : Way
    {
        public override async Task<Answer> SaveDraft(Guid relationshipId, string json)
        {
            using var perspective = JsonDocument.Parse(json);
            return Of(await hub.Connection.InvokeAsync<JsonElement>("SaveDraft", relationshipId, perspective.RootElement));
        }

        public override async Task<Answer> Step(Guid relationshipId, string step) =>
            Of(await hub.Connection.InvokeAsync<JsonElement>(HubMethods[step], relationshipId));

        public override async ValueTask DisposeAsync()
        {
            await hub.DisposeAsync();
            await base.DisposeAsync();
        }

        private static Answer Of(JsonElement answer)
        {
            Assert.Equal(["status", "body"], answer.EnumerateObject().Select(p => p.Name));
            return new(answer.GetProperty("status").GetInt32(), JsonNode.Parse(answer.GetProperty("body").GetRawText())!);
        }
    }
}

/// <summary>What differs between two runs of the same scenario and is masked before their answers are compared.</summary>
internal static partial class AnswerMasks
{
    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    public static partial Regex Ids();

    [GeneratedRegex("\"revealedAt\":\"[^\"]*\"")]
    public static partial Regex Times();
}
