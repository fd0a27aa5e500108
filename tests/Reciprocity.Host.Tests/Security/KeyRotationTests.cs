using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Reciprocity.Host.Tests.Audits;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Security;

/// <summary>A rotated key stops working everywhere, including on hub connections opened with it before the rotation.</summary>
public sealed class KeyRotationTests(SqliteHostFixture host) : IClassFixture<SqliteHostFixture>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_hub_connection_opened_with_a_rotated_key_is_ended_and_hears_nothing_more()
    {
        var alex = await host.Person("Alex");
        var sam = await host.Person("Sam");
        var (relationshipId, code) = await alex.StartRelationship("Sam");
        await sam.Accept(code);
        await using var stale = await HubWatcher.Connect(host.Factory.Server, sam.AccessKey);
        await stale.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);
        var ended = Ended(stale.Connection);

        var rotated = await sam.Send(HttpMethod.Post, "/api/me/key", null, HttpStatusCode.OK);
        sam.UseKey(rotated["accessKey"]!.GetValue<string>());
        Assert.True(await Completes(ended), $"the connection opened with the old key was not ended within {Bound.TotalSeconds} s");

        // A relationship made after the rotation cannot be watched through the old key's connection.
        var (later, laterCode) = await alex.StartRelationship("Sam");
        await sam.Accept(laterCode);
        var watchedLater = await Record(() => stale.Connection.InvokeAsync<JsonElement>("Watch", later));
        Assert.True(watchedLater is not null, "the connection opened with the old key could Watch a relationship made after the rotation");

        // A reveal after the rotation reaches a connection opened with the new key, and not the old one.
        await using var fresh = await HubWatcher.Connect(host.Factory.Server, sam.AccessKey);
        await fresh.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);
        await alex.SaveDraft(relationshipId, AuditClient.Perspective("alex-after-rotation"));
        await alex.Submit(relationshipId);
        await sam.SaveDraft(relationshipId, AuditClient.Perspective("sam-after-rotation", overall: 4));
        await sam.Submit(relationshipId);
        await fresh.Next("Revealed");
        Assert.DoesNotContain(stale.Received, e => e.Name == "Revealed");
        Assert.Equal(HubConnectionState.Disconnected, stale.Connection.State);
    }

    [Fact]
    public async Task A_new_hub_connection_with_the_old_key_is_refused()
    {
        var sam = await host.Person("Sam");
        var oldKey = sam.AccessKey;
        await sam.Send(HttpMethod.Post, "/api/me/key", null, HttpStatusCode.OK);

        var refused = await Record(() => HubWatcher.Connect(host.Factory.Server, oldKey));
        Assert.NotNull(refused);
        Assert.Contains("401", refused.Message, StringComparison.Ordinal);
    }

    private static Task Ended(HubConnection connection)
    {
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += _ =>
        {
            ended.TrySetResult();
            return Task.CompletedTask;
        };
        return ended.Task;
    }

    private static async Task<bool> Completes(Task task)
    {
        try
        {
            await task.WaitAsync(Bound);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static async Task<Exception?> Record<T>(Func<Task<T>> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
