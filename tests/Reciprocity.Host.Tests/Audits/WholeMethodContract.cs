using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Reciprocity.Host.Tests.Infrastructure;
using Reciprocity.Relationships;

namespace Reciprocity.Host.Tests.Audits;

/// <summary>The whole method from outside: solo reflections, reveal policies, withdrawing, private notes and the reading.</summary>
public abstract class WholeMethodContract<THost>(THost host)
    where THost : AuditHostFixture
{
    [Fact]
    public async Task Private_notes_never_reach_the_partner_over_http_or_the_hub_even_after_the_reveal()
    {
        var (alex, sam, relationshipId) = await host.Pair();
        await using var samHub = await HubWatcher.Connect(host.Factory.Server, sam.AccessKey);
        await using var alexHub = await HubWatcher.Connect(host.Factory.Server, alex.AccessKey);
        await samHub.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);
        await alexHub.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);

        const string secret = "zq-alex-private";
        await alex.SaveDraft(relationshipId, AuditClient.PrivatePerspective(secret));
        await alex.Submit(relationshipId);
        await sam.SaveDraft(relationshipId, AuditClient.Perspective("sam-shared"));
        await sam.Submit(relationshipId);
        var samReveal = await samHub.Next("Revealed");
        var alexReveal = await alexHub.Next("Revealed");

        // Everything Sam can ask for after the reveal, now and in the next round.
        await sam.View(relationshipId);
        await sam.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK);
        await sam.Send(HttpMethod.Get, "/api/me/reading", null, HttpStatusCode.OK);
        await sam.Step(relationshipId, "rounds");
        await sam.View(relationshipId);
        await samHub.Next("StatusChanged");

        Assert.All(sam.Received, message => Assert.DoesNotContain(secret, Raw(message), StringComparison.Ordinal));
        Assert.All(samHub.Received, message => Assert.DoesNotContain(secret, message.Payload.GetRawText(), StringComparison.Ordinal));
        var alexInSamsCopy = samReveal.GetProperty("perspectives").GetProperty(alex.PersonId.ToString());
        Assert.Equal(1, alexInSamsCopy.GetProperty("dimensions").GetProperty("initiation").GetProperty("score").GetInt32());
        Assert.Equal("grief", alexInSamsCopy.GetProperty("season").GetProperty("kind").GetString());

        // The scan can find the words: Alex's own copies hold them.
        Assert.Contains(secret + " picture", alexReveal.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(secret + " dimension picture", (await alex.View(relationshipId)).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_solo_reflection_answers_404_and_refuses_Watch_to_everyone_but_its_author()
    {
        var alex = await host.Person("Alex");
        var sam = await host.Person("Sam");
        var relationshipId = await alex.StartRelationship("Mum", solo: true);
        await using var alexHub = await HubWatcher.Connect(host.Factory.Server, alex.AccessKey);
        await using var samHub = await HubWatcher.Connect(host.Factory.Server, sam.AccessKey);
        await alexHub.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);

        const string secret = "zq-solo-reflection";
        await alex.SaveDraft(relationshipId, AuditClient.Perspective(secret));
        var result = await alex.Submit(relationshipId);
        Assert.True(result["round"]!["revealed"]!.GetValue<bool>());
        Assert.Null(result["round"]!["reveal"]!["theirs"]);
        var revealed = await alexHub.Next("Revealed");
        Assert.Equal([alex.PersonId.ToString()], revealed.GetProperty("perspectives").EnumerateObject().Select(p => p.Name));

        Assert.Equal(HttpStatusCode.NotFound, (await sam.SendRaw(HttpMethod.Get, $"/api/relationships/{relationshipId}", null)).Status);
        foreach (var step in new[] { "submit", "withdraw", "confirm", "rounds", "invite", "release" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await sam.SendRaw(HttpMethod.Post, $"/api/relationships/{relationshipId}/{step}", null)).Status);
        }

        await Assert.ThrowsAsync<HubException>(() => samHub.Connection.InvokeAsync<JsonElement>("Watch", relationshipId));

        // Invited later; a second plain press while that invite is out makes no second code.
        var invite = $"/api/relationships/{relationshipId}/invite";
        Assert.Equal(HttpStatusCode.OK, (await alex.SendRaw(HttpMethod.Post, invite, null)).Status);
        AssertProblem(await alex.SendRaw(HttpMethod.Post, invite, null), HttpStatusCode.Conflict);

        // A new link asked for on purpose: Sam sees the shared rounds only, counted from 1.
        var code = await alex.Invite(relationshipId);
        var joined = await sam.Accept(code);
        Assert.Empty(joined["history"]!.AsArray());
        Assert.Equal(1, joined["round"]!["number"]!.GetValue<int>());
        await samHub.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);
        await sam.Send(HttpMethod.Get, "/api/me/reading", null, HttpStatusCode.OK);
        Assert.All(sam.Received, message => Assert.DoesNotContain(secret, Raw(message), StringComparison.Ordinal));
        Assert.All(samHub.Received, message => Assert.DoesNotContain(secret, message.Payload.GetRawText(), StringComparison.Ordinal));
        Assert.Contains(secret, (await alex.View(relationshipId)).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Together_opens_only_when_both_said_open_it_now_and_each_sees_the_others_confirmation_live()
    {
        var alex = await host.Person("Alex");
        var sam = await host.Person("Sam");
        var relationshipId = await alex.StartRelationship("Sam", solo: false, revealPolicy: "together");
        await sam.Accept(await alex.Invite(relationshipId));
        await using var samHub = await HubWatcher.Connect(host.Factory.Server, sam.AccessKey);
        await samHub.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);

        await alex.SaveDraft(relationshipId, AuditClient.Perspective("alex-words"));
        await alex.Submit(relationshipId);
        Assert.Equal(HttpStatusCode.Conflict, (await alex.SendRaw(HttpMethod.Post, $"/api/relationships/{relationshipId}/confirm", null)).Status);
        await sam.SaveDraft(relationshipId, AuditClient.Perspective("sam-words"));
        var ready = await sam.Submit(relationshipId);
        Assert.True(ready["round"]!["ready"]!.GetValue<bool>());
        Assert.Null(ready["round"]!["reveal"]);

        await alex.Step(relationshipId, "confirm");
        while (StatusOf(await samHub.Next("StatusChanged"), alex.PersonId) != "confirmed")
        {
            // Earlier statuses come first.
        }

        Assert.DoesNotContain(samHub.Received, message => message.Name == "Revealed");
        Assert.DoesNotContain("alex-words", (await sam.View(relationshipId)).ToJsonString(), StringComparison.Ordinal);

        var opened = await sam.Step(relationshipId, "confirm");
        Assert.True(opened["round"]!["revealed"]!.GetValue<bool>());
        var revealed = await samHub.Next("Revealed");
        Assert.Contains("alex-words", revealed.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await alex.SendRaw(HttpMethod.Post, $"/api/relationships/{relationshipId}/withdraw", null)).Status);
    }

    [Fact]
    public async Task A_withdrawn_submission_is_a_draft_again_and_the_partner_sees_only_the_status()
    {
        var (alex, sam, relationshipId) = await host.Pair();
        await using var samHub = await HubWatcher.Connect(host.Factory.Server, sam.AccessKey);
        await samHub.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);

        await alex.SaveDraft(relationshipId, AuditClient.Perspective("alex-first"));
        await alex.Submit(relationshipId);
        var withdrawn = await alex.Step(relationshipId, "withdraw");
        Assert.Equal("inProgress", withdrawn["round"]!["myStatus"]!.GetValue<string>());
        while (StatusOf(await samHub.Next("StatusChanged"), alex.PersonId) != "submitted")
        {
        }

        Assert.Equal("inProgress", StatusOf(await samHub.Next("StatusChanged"), alex.PersonId));
        await alex.SaveDraft(relationshipId, AuditClient.Perspective("alex-second"));
        Assert.Equal("inProgress", (await sam.View(relationshipId))["round"]!["partnerStatus"]!.GetValue<string>());
        Assert.All(sam.Received, message => Assert.DoesNotContain("alex-", Raw(message), StringComparison.Ordinal));
        Assert.All(samHub.Received, message => Assert.DoesNotContain("alex-", message.Payload.GetRawText(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_facilitator_releases_a_pair_over_http_and_both_see_the_reveal_live()
    {
        var alex = await host.Person("Alex");
        var sam = await host.Person("Sam");
        var facilitator = await host.Person("Robin");
        var relationshipId = Guid.NewGuid();
        var grains = host.Factory.Services.GetRequiredService<IGrainFactory>();
        await grains.GetGrain<IRelationshipGrain>(relationshipId).Open(new RelationshipOpening(
            alex.PersonId, "Alex", RelationshipKind.Partner, "", "Sam", RevealPolicy: RevealPolicy.Facilitator, FacilitatorId: facilitator.PersonId, PartnerId: sam.PersonId));
        await using var samHub = await HubWatcher.Connect(host.Factory.Server, sam.AccessKey);
        await samHub.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);

        await alex.SaveDraft(relationshipId, AuditClient.Perspective("alex-words"));
        await alex.Submit(relationshipId);
        Assert.Equal(HttpStatusCode.Conflict, (await facilitator.SendRaw(HttpMethod.Post, $"/api/relationships/{relationshipId}/release", null)).Status);
        await sam.SaveDraft(relationshipId, AuditClient.Perspective("sam-words"));
        Assert.False((await sam.Submit(relationshipId))["round"]!["revealed"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Conflict, (await sam.SendRaw(HttpMethod.Post, $"/api/relationships/{relationshipId}/release", null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await facilitator.SendRaw(HttpMethod.Get, $"/api/relationships/{relationshipId}", null)).Status);

        var released = await facilitator.Send(HttpMethod.Post, $"/api/relationships/{relationshipId}/release", null, HttpStatusCode.OK);
        var revealed = await samHub.Next("Revealed");
        Assert.Equal(released["revealedAt"]!.GetValue<DateTimeOffset>(), revealed.GetProperty("revealedAt").GetDateTimeOffset());
        Assert.Equal(HttpStatusCode.Conflict, (await facilitator.SendRaw(HttpMethod.Post, $"/api/relationships/{relationshipId}/release", null)).Status);
        Assert.All(facilitator.Received, message => Assert.DoesNotContain("-words", Raw(message), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_reading_holds_nothing_the_caller_could_not_already_see()
    {
        var (alex, sam, relationshipId) = await host.Pair();
        await sam.SaveDraft(relationshipId, AuditClient.PrivatePerspective("zq-sam-sealed"));
        await sam.Submit(relationshipId);
        await alex.SaveDraft(relationshipId, AuditClient.Perspective("alex-own", overall: 2));

        // Before the reveal: only Alex's own draft could be read, and it is not finished, so nothing is read yet.
        var before = await alex.Send(HttpMethod.Get, "/api/me/reading", null, HttpStatusCode.OK);
        var entry = before["relationships"]!.AsArray().Single()!;
        Assert.Equal("none", entry["basedOn"]!.GetValue<string>());
        Assert.All(entry["dimensions"]!.AsObject(), d => Assert.Null(d.Value!["theirs"]));

        await alex.Submit(relationshipId);
        var after = await alex.Send(HttpMethod.Get, "/api/me/reading", null, HttpStatusCode.OK);
        var revealed = after["relationships"]!.AsArray().Single()!;
        Assert.Equal("revealed", revealed["basedOn"]!.GetValue<string>());
        Assert.Equal("mostlyGive", revealed["dimensions"]!["initiation"]!["mine"]!.GetValue<string>());
        Assert.Equal("mostlyGive", revealed["dimensions"]!["initiation"]!["theirs"]!.GetValue<string>());
        Assert.Equal("alex-own picture", revealed["picture"]!["text"]!.GetValue<string>());
        Assert.All(alex.Received, message => Assert.DoesNotContain("zq-sam-sealed", Raw(message), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_input_on_the_new_endpoints_is_answered_with_problem_details_and_changes_nothing()
    {
        var alex = await host.Person("Alex");
        var (relationshipId, _) = await alex.StartRelationship("Sam");
        var before = (await alex.View(relationshipId)).ToJsonString();

        foreach (var (body, field) in new[]
        {
            ("""{"kind":"partner","partnerName":"Sam","revealPolicy":"facilitator"}""", "revealPolicy"),
            ("""{"kind":"partner","partnerName":"Sam","revealPolicy":"sometimes"}""", "revealPolicy"),
            ("""{"kind":"partner","partnerName":"Sam","solo":"yes"}""", "solo"),
        })
        {
            AssertProblem(await alex.SendRaw(HttpMethod.Post, "/api/relationships", body), HttpStatusCode.BadRequest, field);
        }

        var policy = $"/api/relationships/{relationshipId}/reveal-policy";
        AssertProblem(await alex.SendRaw(HttpMethod.Put, policy, "{}"), HttpStatusCode.BadRequest, "revealPolicy");
        AssertProblem(await alex.SendRaw(HttpMethod.Put, policy, """{"revealPolicy":3}"""), HttpStatusCode.BadRequest, "revealPolicy");
        AssertProblem(await alex.SendRaw(HttpMethod.Put, policy, """{"revealPolicy":"facilitator"}"""), HttpStatusCode.Conflict);
        AssertProblem(await alex.SendRaw(HttpMethod.Post, $"/api/relationships/{relationshipId}/confirm", null), HttpStatusCode.Conflict);
        AssertProblem(await alex.SendRaw(HttpMethod.Post, $"/api/relationships/{relationshipId}/withdraw", null), HttpStatusCode.Conflict);
        AssertProblem(await alex.SendRaw(HttpMethod.Post, $"/api/relationships/{relationshipId}/release", null), HttpStatusCode.Conflict);
        AssertProblem(await alex.SendRaw(HttpMethod.Post, $"/api/relationships/{Guid.NewGuid()}/invite", null), HttpStatusCode.NotFound);
        AssertProblem(await alex.SendRaw(HttpMethod.Post, "/api/relationships/not-a-guid/confirm", null), HttpStatusCode.NotFound);

        var after = (await alex.View(relationshipId)).ToJsonString();
        Assert.Equal(before, after);
        Assert.Single((await alex.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK))["relationships"]!.AsArray());
    }

    private static string Raw(Visibility.ReceivedMessage message) =>
        message.Body.ValueKind == JsonValueKind.Undefined ? "" : message.Body.GetRawText();

    private static string? StatusOf(JsonElement statusChanged, Guid personId) =>
        statusChanged.GetProperty("statuses").GetProperty(personId.ToString()).GetString();

    private static void AssertProblem((HttpStatusCode Status, string Body) answer, HttpStatusCode expected, string? field = null)
    {
        Assert.True(answer.Status == expected, $"answered {(int)answer.Status}, expected {(int)expected}: {answer.Body}");
        using var problem = JsonDocument.Parse(answer.Body);
        Assert.Equal((int)expected, problem.RootElement.GetProperty("status").GetInt32());
        if (field is not null)
        {
            Assert.Contains(field, problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        }
    }
}

public sealed class WholeMethodOnSqlite(SqliteHostFixture host) : WholeMethodContract<SqliteHostFixture>(host), IClassFixture<SqliteHostFixture>;

public sealed class WholeMethodOnPostgres(PostgresHostFixture host) : WholeMethodContract<PostgresHostFixture>(host), IClassFixture<PostgresHostFixture>;

public sealed class WholeMethodOnFrontend(FrontendHostFixture host) : WholeMethodContract<FrontendHostFixture>(host), IClassFixture<FrontendHostFixture>;
