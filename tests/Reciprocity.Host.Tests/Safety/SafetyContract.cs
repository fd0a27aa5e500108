using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Reciprocity.Host.Tests.Audits;
using Reciprocity.Host.Tests.Infrastructure;
using Reciprocity.Host.Tests.Visibility;

namespace Reciprocity.Host.Tests.Safety;

/// <summary>
/// The safety check's "no" is invisible to the other person; the inviter controls the invite and who joined: a revoked
/// code answers 404, and a removed joiner loses the relationship over HTTP and the hub at once.
/// </summary>
public abstract class SafetyContract<THost>(THost host)
    where THost : AuditHostFixture
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_no_at_the_safety_check_changes_nothing_the_other_participant_can_observe()
    {
        var (alex, sam, relationshipId) = await host.Pair();
        var marker = Marker("sam-kept");
        await using var watcher = await HubWatcher.Connect(host.Factory.Server, alex.AccessKey);
        await watcher.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);
        await sam.SaveDraft(relationshipId, AuditClient.Perspective(marker));
        await watcher.Next("StatusChanged");
        await watcher.Quiet();
        var viewBefore = (await alex.View(relationshipId)).ToJsonString();
        var meBefore = (await alex.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK)).ToJsonString();
        var framesBefore = Frames(watcher);

        var kept = await sam.Send(HttpMethod.Post, $"/api/relationships/{relationshipId}/keep-private", null, HttpStatusCode.OK);

        await watcher.Quiet();
        Assert.Equal(framesBefore, Frames(watcher));
        Assert.Equal(viewBefore, (await alex.View(relationshipId)).ToJsonString());
        Assert.Equal(meBefore, (await alex.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK)).ToJsonString());

        // Sam's words are in Sam's own reflection, and no longer in the shared relationship; Sam's status stays.
        var shared = await sam.View(relationshipId);
        Assert.Equal("inProgress", shared["round"]!["myStatus"]!.GetValue<string>());
        Assert.DoesNotContain(marker, shared.ToJsonString(), StringComparison.Ordinal);
        var reflection = await sam.View(kept["reflectionId"]!.GetValue<Guid>());
        Assert.True(reflection["solo"]!.GetValue<bool>());
        Assert.Contains(marker, reflection["round"]!["reveal"]!["mine"]!.ToJsonString(), StringComparison.Ordinal);

        VisibilityScan.BeforeTheReveal().Forbid(marker).AssertClean([.. alex.Received, .. watcher.Messages], "Alex", ReceivedMessage.View, "StatusChanged");
    }

    [Fact]
    public async Task An_open_invite_says_who_sends_it_before_a_name_is_asked_and_a_used_or_revoked_one_does_not()
    {
        var alex = await host.Person("Alex");
        var sam = await host.Person("Sam");
        var (_, code) = await alex.StartRelationship("Sam");
        using var anonymous = host.Factory.CreateClient();

        var invitation = JsonNode.Parse(await anonymous.GetStringAsync($"/api/invites/{code}"))!;
        Assert.Equal("Alex", invitation["inviterName"]!.GetValue<string>());
        Assert.Equal("closeFriend", invitation["kind"]!.GetValue<string>());
        Assert.Equal("Us", invitation["label"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/invites/{code[..^4]}AAAA")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/invites/not-a-code")).StatusCode);

        await sam.Accept(code);
        Assert.Equal(HttpStatusCode.Gone, (await anonymous.GetAsync($"/api/invites/{code}")).StatusCode);

        var other = await alex.StartRelationship("Kim");
        Assert.Equal(HttpStatusCode.NoContent, (await alex.SendRaw(HttpMethod.Delete, $"/api/relationships/{other.RelationshipId}/invite", null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/invites/{other.InviteCode}")).StatusCode);
    }

    [Fact]
    public async Task A_revoked_invite_answers_404_and_a_new_one_lets_the_other_person_join()
    {
        var alex = await host.Person("Alex");
        var sam = await host.Person("Sam");
        var (relationshipId, code) = await alex.StartRelationship("Sam");

        Assert.Equal(HttpStatusCode.NotFound, (await sam.SendRaw(HttpMethod.Delete, $"/api/relationships/{relationshipId}/invite", null)).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await alex.SendRaw(HttpMethod.Delete, $"/api/relationships/{relationshipId}/invite", null)).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await alex.SendRaw(HttpMethod.Delete, $"/api/relationships/{relationshipId}/invite", null)).Status);

        Assert.Equal(HttpStatusCode.NotFound, (await sam.SendRaw(HttpMethod.Post, $"/api/invites/{code}/accept", null)).Status);
        Assert.False((await alex.View(relationshipId))["invitePending"]!.GetValue<bool>());

        await sam.Accept(await alex.Invite(relationshipId));
        Assert.Equal(HttpStatusCode.Conflict, (await alex.SendRaw(HttpMethod.Delete, $"/api/relationships/{relationshipId}/invite", null)).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await sam.SendRaw(HttpMethod.Delete, $"/api/relationships/{relationshipId}/invite", null)).Status);
    }

    [Fact]
    public async Task A_removed_joiner_loses_access_over_http_and_the_hub_and_their_open_connection_ends()
    {
        var (alex, sam, relationshipId) = await host.Pair();
        var marker = Marker("sam-removed");
        await sam.SaveDraft(relationshipId, AuditClient.Perspective(marker));
        await using var open = await HubWatcher.Connect(host.Factory.Server, sam.AccessKey);
        await open.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);
        var ended = Ended(open.Connection);
        Assert.Equal(HttpStatusCode.Conflict, (await sam.SendRaw(HttpMethod.Delete, $"/api/relationships/{relationshipId}/partner", null)).Status);

        var view = await alex.Send(HttpMethod.Delete, $"/api/relationships/{relationshipId}/partner", null, HttpStatusCode.OK);

        Assert.Null(view["partner"]);
        Assert.DoesNotContain(marker, view.ToJsonString(), StringComparison.Ordinal);
        await ended.WaitAsync(Bound);
        Assert.Equal(HttpStatusCode.NotFound, (await sam.SendRaw(HttpMethod.Get, $"/api/relationships/{relationshipId}", null)).Status);
        await using var again = await HubWatcher.Connect(host.Factory.Server, sam.AccessKey);
        await Assert.ThrowsAsync<HubException>(() => again.Connection.InvokeAsync<JsonElement>("Watch", relationshipId));
        var me = await sam.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK);
        Assert.Empty(me["relationships"]!.AsArray());
        Assert.Equal(HttpStatusCode.Conflict, (await alex.SendRaw(HttpMethod.Delete, $"/api/relationships/{relationshipId}/partner", null)).Status);
    }

    [Fact]
    public async Task The_one_who_stays_hears_that_the_other_left_and_receives_none_of_their_words()
    {
        var (alex, sam, relationshipId) = await host.Pair();
        var marker = Marker("sam-left");
        await alex.SaveDraft(relationshipId, AuditClient.Perspective("alex-stays"));
        await alex.Submit(relationshipId);
        await sam.SaveDraft(relationshipId, AuditClient.PrivatePerspective(marker));
        await sam.Submit(relationshipId);
        await using var watcher = await HubWatcher.Connect(host.Factory.Server, alex.AccessKey);
        await watcher.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);

        Assert.Equal(HttpStatusCode.NoContent, (await sam.SendRaw(HttpMethod.Post, $"/api/relationships/{relationshipId}/leave", null)).Status);

        var left = await watcher.Next("PartnerLeft");
        Assert.Equal(relationshipId, left.GetProperty("relationshipId").GetGuid());
        var view = await alex.View(relationshipId);
        Assert.Null(view["partner"]!["personId"]);
        Assert.Equal("Sam", view["partner"]!["displayName"]!.GetValue<string>());
        Assert.Null(view["history"]![0]!["theirs"]);
        Assert.Equal(HttpStatusCode.Conflict, (await alex.SendRaw(HttpMethod.Post, $"/api/relationships/{relationshipId}/rounds", null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await sam.SendRaw(HttpMethod.Get, $"/api/relationships/{relationshipId}", null)).Status);
        VisibilityScan.AfterTheReveal(1).Forbid(marker).AssertClean([.. alex.Received, .. watcher.Messages], "Alex", ReceivedMessage.View, "PartnerLeft");
    }

    [Fact]
    public async Task A_deleted_person_is_refused_at_once_and_their_open_connections_end()
    {
        var (_, sam, relationshipId) = await host.Pair();
        await using var open = await HubWatcher.Connect(host.Factory.Server, sam.AccessKey);
        await open.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);
        var ended = Ended(open.Connection);

        Assert.Equal(HttpStatusCode.NoContent, (await sam.SendRaw(HttpMethod.Delete, "/api/me", null)).Status);

        await ended.WaitAsync(Bound);
        Assert.Equal(HttpStatusCode.Unauthorized, (await sam.SendRaw(HttpMethod.Get, "/api/me", null)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await sam.SendRaw(HttpMethod.Delete, "/api/me", null)).Status);
        var refused = await Record(() => HubWatcher.Connect(host.Factory.Server, sam.AccessKey));
        Assert.Contains("401", refused?.Message ?? "connected", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_answers_without_a_key_with_general_advice_and_a_neutral_quick_exit()
    {
        var anonymous = new AuditClient(host.Factory.CreateClient());
        var help = await anonymous.Send(HttpMethod.Get, "/api/help", null, HttpStatusCode.OK);

        Assert.NotEmpty(help["resources"]!.AsArray());
        Assert.All(help["resources"]!.AsArray(), resource => Assert.False(string.IsNullOrWhiteSpace(resource!["name"]!.GetValue<string>())));
        Assert.StartsWith("https://", help["quickExitUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        VisibilityScan.ForAStranger().AssertClean(anonymous.Received, "a stranger", ReceivedMessage.Help);
    }

    [Fact]
    public async Task Help_shows_the_resources_the_operator_configured()
    {
        using var folder = new TempFolder();
        await using var configured = await new ReciprocityFactory(folder.SqliteConnectionString, settings: new Dictionary<string, string>
        {
            ["Safety:Resources:0:Name"] = "Local line",
            ["Safety:Resources:0:Description"] = "Open day and night.",
            ["Safety:Resources:0:Phone"] = "0800 000 000",
            ["Safety:QuickExitUrl"] = "https://example.org/news",
        }).Ready();
        var help = JsonNode.Parse(await configured.CreateClient().GetStringAsync(new Uri("/api/help", UriKind.Relative)))!;

        var resource = Assert.Single(help["resources"]!.AsArray());
        Assert.Equal("Local line", resource!["name"]!.GetValue<string>());
        Assert.Equal("0800 000 000", resource["phone"]!.GetValue<string>());
        Assert.Null(resource["url"]);
        Assert.Equal("https://example.org/news", help["quickExitUrl"]!.GetValue<string>());
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

    private static string Marker(string what) => $"zq{Guid.NewGuid():N}"[..14] + what;

    private static string Frames(HubWatcher watcher) =>
        string.Join('\n', watcher.Messages.Where(m => m.Kind != ReceivedMessage.Ping).Select(m => m.Kind + m.Body.GetRawText()));

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
}

/// <summary>The contract on one Combined host on SQLite.</summary>
public sealed class SafetyContract(SqliteHostFixture host) : SafetyContract<SqliteHostFixture>(host), IClassFixture<SqliteHostFixture>;

/// <summary>The contract on a front end (Host:Role=Frontend) of a silo process, on PostgreSQL.</summary>
public sealed class SafetyContractOnFrontend(FrontendHostFixture host) : SafetyContract<FrontendHostFixture>(host), IClassFixture<FrontendHostFixture>;
