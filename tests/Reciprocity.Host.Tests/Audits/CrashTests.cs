using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Audits;

public sealed class CrashTests
{
    [Fact]
    public async Task A_submit_acknowledged_just_before_SIGKILL_is_there_after_a_restart()
    {
        using var folder = new TempFolder();
        var settings = new Dictionary<string, string> { ["ConnectionStrings:Reciprocity"] = folder.SqliteConnectionString };
        Guid relationshipId;
        string alexKey, samKey;

        await using (var host = await HostProcess.Start(settings))
        {
            var alex = await AuditClient.Create(host.CreateClient(), "Alex");
            var sam = await AuditClient.Create(host.CreateClient(), "Sam");
            (relationshipId, var code) = await alex.StartRelationship("Sam");
            await sam.Accept(code);
            await alex.SaveDraft(relationshipId, AuditClient.Perspective("before-the-crash"));
            await sam.SaveDraft(relationshipId, AuditClient.Perspective("sam", overall: 4));
            await alex.Submit(relationshipId);
            await sam.Submit(relationshipId);
            host.Kill();
            (alexKey, samKey) = (alex.AccessKey, sam.AccessKey);
        }

        await using var restarted = await HostProcess.Start(settings);
        var alexAgain = new AuditClient(restarted.CreateClient());
        alexAgain.UseKey(alexKey);
        var view = await alexAgain.View(relationshipId);
        Assert.Equal("submitted", view["round"]!["myStatus"]!.GetValue<string>());
        Assert.True(view["round"]!["revealed"]!.GetValue<bool>());
        Assert.Equal("sam initiation", view["round"]!["reveal"]!["theirs"]!["dimensions"]!["initiation"]!["note"]!.GetValue<string>());
        Assert.Equal("before-the-crash initiation", view["round"]!["myDraft"]!["dimensions"]!["initiation"]!["note"]!.GetValue<string>());
        var samAgain = new AuditClient(restarted.CreateClient());
        samAgain.UseKey(samKey);
        Assert.Equal(view["round"]!["reveal"]!["revealedAt"]!.ToJsonString(), (await samAgain.View(relationshipId))["round"]!["reveal"]!["revealedAt"]!.ToJsonString());
    }
}
