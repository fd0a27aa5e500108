using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Reciprocity.Host.Tests.Infrastructure;
using Reciprocity.Host.Tests.Visibility;

namespace Reciprocity.Host.Tests.Audits;

/// <summary>A host stopped and started again on the same storage returns everything it acknowledged.</summary>
public abstract class RestartContract<THost>(THost host)
    where THost : AuditHostFixture
{
    [Fact]
    public async Task The_host_restarted_on_the_same_storage_returns_every_person_relationship_draft_and_reveal()
    {
        string alexKey, samKey, joKey;
        Guid revealedId, draftId;
        string revealedBefore, draftBefore, alexMeBefore;

        await using (var first = await host.NewFactory(ownCluster: true).Ready())
        {
            var alex = await AuditClient.Create(first.CreateClient(), "Alex");
            var sam = await AuditClient.Create(first.CreateClient(), "Sam");
            var jo = await AuditClient.Create(first.CreateClient(), "Jo");
            (revealedId, var code) = await alex.StartRelationship("Sam");
            await sam.Accept(code);
            await alex.SaveDraft(revealedId, AuditClient.Perspective("alex"));
            await sam.SaveDraft(revealedId, AuditClient.Perspective("sam", overall: 5));
            await alex.Submit(revealedId);
            await sam.Submit(revealedId);

            (draftId, _) = await jo.StartRelationship("Kim");
            await jo.SaveDraft(draftId, new { dimensions = new { depth = new { score = 2, note = "half-written\nthought" } } });

            revealedBefore = (await sam.View(revealedId)).ToJsonString();
            draftBefore = (await jo.View(draftId)).ToJsonString();
            alexMeBefore = (await alex.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK)).ToJsonString();
            (alexKey, samKey, joKey) = (alex.AccessKey, sam.AccessKey, jo.AccessKey);
        }

        await using var second = await host.NewFactory(ownCluster: true).Ready();
        var alexAgain = new AuditClient(second.CreateClient());
        alexAgain.UseKey(alexKey);
        var samAgain = new AuditClient(second.CreateClient());
        samAgain.UseKey(samKey);
        var joAgain = new AuditClient(second.CreateClient());
        joAgain.UseKey(joKey);

        Assert.Equal(revealedBefore, (await samAgain.View(revealedId)).ToJsonString());
        Assert.Equal(draftBefore, (await joAgain.View(draftId)).ToJsonString());
        Assert.Equal(alexMeBefore, (await alexAgain.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK)).ToJsonString());
    }

    [Fact]
    public async Task After_a_restart_a_sealed_perspective_still_shows_nothing_to_the_partner()
    {
        string leeKey;
        Guid relationshipId;
        await using (var first = await host.NewFactory(ownCluster: true).Ready())
        {
            var kim = await AuditClient.Create(first.CreateClient(), "Kim");
            var lee = await AuditClient.Create(first.CreateClient(), "Lee");
            (relationshipId, var code) = await kim.StartRelationship("Lee");
            await lee.Accept(code);
            await kim.SaveDraft(relationshipId, WholeAuditContract<THost>.Sealed("qx-restart"));
            await kim.Submit(relationshipId);

            // Lee saves nothing yet: LookEverywhere's save is Lee's first of the round, so it moves a status and the
            // scan below has a StatusChanged to read (a draft saved again sends none).
            leeKey = lee.AccessKey;
        }

        await using var second = await host.NewFactory(ownCluster: true).Ready();
        var leeAgain = new AuditClient(second.CreateClient());
        leeAgain.UseKey(leeKey);
        await using var leeHub = await HubWatcher.Connect(second.Server, leeKey);
        await leeHub.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);
        await WholeAuditContract<THost>.LookEverywhere(leeAgain, leeHub, relationshipId);
        await leeHub.Quiet();

        Assert.Equal("submitted", (await leeAgain.View(relationshipId))["round"]!["partnerStatus"]!.GetValue<string>());
        VisibilityScan.BeforeTheReveal(1).Forbid(WholeAuditContract<THost>.SealedTexts("qx-restart"))
            .AssertClean([.. leeAgain.Received, .. leeHub.Messages], "Lee after the restart", ReceivedMessage.View, ReceivedMessage.Me, ReceivedMessage.Result, "StatusChanged");
    }
}

public sealed class RestartOnSqlite(SqliteHostFixture host) : RestartContract<SqliteHostFixture>(host), IClassFixture<SqliteHostFixture>;

public sealed class RestartOnPostgres(PostgresHostFixture host) : RestartContract<PostgresHostFixture>(host), IClassFixture<PostgresHostFixture>;

public sealed class RestartOnFrontend(FrontendHostFixture host) : RestartContract<FrontendHostFixture>(host), IClassFixture<FrontendHostFixture>;
