using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Reciprocity.Host.Authentication;
using Reciprocity.Host.Hubs;
using Reciprocity.Host.Realtime;
using Reciprocity.Host.Tests.Infrastructure;
using Reciprocity.Host.Tests.Reminders;

namespace Reciprocity.Host.Tests.Audits;

/// <summary>
/// A host that missed a key rotation's notice (its relay was not reached) keeps the connection opened with the old key:
/// nothing ends it. Its per-step key check alone must then refuse the step, once the host's confirmation of the old key
/// has expired, with the connection still open until that refusal.
/// </summary>
public sealed class MissedRotationTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    // The host's "now": moved past the confirmation's lifetime on cue, instead of the test sleeping through it.
    private readonly ShiftedClock _clock = new();
    private ReciprocityFactory _host = null!;

    public async Task InitializeAsync() =>
        _host = await new ReciprocityFactory(_folder.SqliteConnectionString, time: _clock, services: MissEveryRotationNotice).Ready();

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_hub_step_with_a_key_replaced_while_the_host_missed_the_notice_is_refused_by_the_step_itself()
    {
        var alex = await AuditClient.Create(_host.CreateClient(), "Alex");
        var sam = await AuditClient.Create(_host.CreateClient(), "Sam");
        var (relationshipId, code) = await alex.StartRelationship("Sam");
        await sam.Accept(code);
        await using var stale = await HubWatcher.Connect(_host.Server, alex.AccessKey);
        await SaveDraft(stale, relationshipId, """{"overall":2}""");

        var rotated = await alex.Send(HttpMethod.Post, "/api/me/key", null, HttpStatusCode.OK);
        alex.UseKey(rotated["accessKey"]!.GetValue<string>());
        var before = (await alex.View(relationshipId)).ToJsonString();

        // The notice never came: the connection is open, and stays so until this host's confirmation of the old key ends.
        _clock.Advance(AccessKeyCache.Lifetime + TimeSpan.FromSeconds(1));
        Assert.Equal(HubConnectionState.Connected, stale.Connection.State);

        // The check ends the connection as it refuses (AuditHub.CurrentPerson aborts, then throws): the client sees the
        // refusal or the connection's end, never an answer, and nothing of the step is kept.
        var refused = await Record(() => SaveDraft(stale, relationshipId, """{"overall":5}"""));
        Assert.True(refused is HubException or TaskCanceledException or InvalidOperationException, $"the step was not refused: {refused?.ToString() ?? "it was answered"}");
        Assert.Equal(HubConnectionState.Disconnected, stale.Connection.State);
        Assert.Equal(before, (await alex.View(relationshipId)).ToJsonString());
        Assert.Equal(2, (await alex.View(relationshipId))["round"]!["myDraft"]!["overall"]!.GetValue<int>());
    }

    // The relay forgets keys and ends connections of its own, not this host's: every rotation notice reaches nobody.
    private static void MissEveryRotationNotice(IServiceCollection services) =>
        services.AddSingleton(provider => new HubRelay(provider.GetRequiredService<IHubContext<AuditHub>>(), new AccessKeyCache(TimeProvider.System), new PersonConnections()));

    private static async Task<Exception?> Record(Func<Task> action)
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

    private static async Task SaveDraft(HubWatcher hub, Guid relationshipId, string json)
    {
        using var perspective = JsonDocument.Parse(json);
        var answer = await hub.Connection.InvokeAsync<JsonElement>("SaveDraft", relationshipId, perspective.RootElement);
        Assert.Equal(200, answer.GetProperty("status").GetInt32());
    }
}
