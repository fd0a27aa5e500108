using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Audits;

/// <summary>
/// Issue 22: `StatusChanged` carries statuses only, so a draft saved again (the status stays `inProgress`) sends
/// nothing, while a save that moves a status still tells everyone watching (docs/api.md, the hub's events).
/// </summary>
public sealed class StatusEventTests(SqliteHostFixture host) : IClassFixture<SqliteHostFixture>
{
    [Fact]
    public async Task A_draft_saved_again_sends_no_status_and_a_save_that_moves_one_still_does()
    {
        var (alex, sam, relationshipId) = await host.Pair();
        await using var samHub = await HubWatcher.Connect(host.Factory.Server, sam.AccessKey);
        await samHub.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);
        await samHub.Quiet();

        var mark = samHub.Log.Count;
        await alex.SaveDraft(relationshipId, new { overall = 3 });
        await samHub.Quiet();
        var moved = Assert.Single(samHub.Log.Since(mark), m => m.IsEvent);
        Assert.Equal("StatusChanged", moved.Kind);
        Assert.Equal("inProgress", moved.Body.GetProperty("statuses").GetProperty(alex.PersonId.ToString()).GetString());

        mark = samHub.Log.Count;
        await alex.SaveDraft(relationshipId, new { overall = 4 });
        await alex.SaveDraft(relationshipId, AuditClient.Perspective("alex-words"));
        await samHub.Quiet();
        Assert.DoesNotContain(samHub.Log.Since(mark), m => m.IsEvent);

        await alex.Submit(relationshipId);
        await samHub.Quiet();
        var submitted = Assert.Single(samHub.Log.Since(mark), m => m.IsEvent);
        Assert.Equal("submitted", submitted.Body.GetProperty("statuses").GetProperty(alex.PersonId.ToString()).GetString());
    }
}
