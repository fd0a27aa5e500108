using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Reciprocity.Host.Hubs;
using Reciprocity.Host.Tests.Audits;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Visibility;

/// <summary>The hub watchers see every message the server sends, under any name, so a leak under a new name cannot hide.</summary>
public sealed class HubWatcherTests(SqliteHostFixture host) : IClassFixture<SqliteHostFixture>
{
    [Fact]
    public async Task A_message_under_a_name_no_test_handles_is_recorded()
    {
        var alex = await host.Person("Alex");
        await using var hub = await HubWatcher.Connect(host.Factory.Server, alex.AccessKey);
        var clients = host.Factory.Services.GetRequiredService<IHubContext<AuditHub>>().Clients;

        await clients.All.SendAsync("PartnerDraft", new { overall = 1, note = "sealed words" });
        await clients.All.SendAsync("StatusChanged", new { relationshipId = Guid.NewGuid(), roundNumber = 1, statuses = new { } });
        await hub.Next("StatusChanged");

        var leaked = Assert.Single(hub.Received, r => r.Name == "PartnerDraft");
        Assert.Equal(1, leaked.Payload.GetProperty("overall").GetInt32());
        Assert.Contains(VisibilityScan.BeforeTheReveal().Findings(hub.Messages), f => f.Contains("\"PartnerDraft\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Results_of_calls_and_extra_fields_of_known_events_are_recorded_and_scanned()
    {
        var alex = await host.Person("Alex");
        var (relationshipId, _) = await alex.StartRelationship("Sam");
        await using var hub = await HubWatcher.Connect(host.Factory.Server, alex.AccessKey);
        await hub.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);
        var clients = host.Factory.Services.GetRequiredService<IHubContext<AuditHub>>().Clients;
        await clients.All.SendAsync("StatusChanged", new { relationshipId, roundNumber = 1, statuses = new { }, partnerOverall = 2 });
        await hub.Next("StatusChanged");

        Assert.Contains(hub.Messages, m => m.Kind == ReceivedMessage.Result && m.Body.GetProperty("relationshipId").GetGuid() == relationshipId);
        var finding = Assert.Single(VisibilityScan.BeforeTheReveal().Findings(hub.Messages));
        Assert.Contains("partnerOverall = 2", finding, StringComparison.Ordinal);
    }
}
