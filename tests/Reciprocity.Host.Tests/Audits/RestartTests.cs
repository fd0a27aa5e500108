using System.Net;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Audits;

public sealed class RestartTests
{
    [Fact]
    public async Task The_host_restarted_on_the_same_SQLite_file_returns_every_person_relationship_draft_and_reveal()
    {
        using var folder = new TempFolder();
        string alexKey, samKey, joKey;
        Guid revealedId, draftId;
        string revealedBefore, draftBefore, alexMeBefore;

        await using (var first = await new ReciprocityFactory(folder.SqliteConnectionString).Ready())
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

        await using var second = await new ReciprocityFactory(folder.SqliteConnectionString).Ready();
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
