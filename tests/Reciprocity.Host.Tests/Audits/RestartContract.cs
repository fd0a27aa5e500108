using System.Net;
using Reciprocity.Host.Tests.Infrastructure;

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
}

public sealed class RestartOnSqlite(SqliteHostFixture host) : RestartContract<SqliteHostFixture>(host), IClassFixture<SqliteHostFixture>;

public sealed class RestartOnPostgres(PostgresHostFixture host) : RestartContract<PostgresHostFixture>(host), IClassFixture<PostgresHostFixture>;
