using System.Net;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Reminders;

/// <summary>A host whose operator configured no mail server: reminders are off, the app says so, and nothing is sent.</summary>
public sealed class NoMailServerTests
{
    [Fact]
    public async Task Without_a_mail_server_nothing_is_sent_and_reminders_are_unavailable()
    {
        using var folder = new TempFolder();
        await using var mail = await TestMailServer.Start();

        // Everything but the server's host name: a host that guessed one would reach this server.
        var settings = new Dictionary<string, string>
        {
            ["Email:Smtp:Port"] = mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Smtp:UseTls"] = "false",
            ["Email:From"] = "reminders@reciprocity.test",
        };
        await using var factory = await new ReciprocityFactory(folder.SqliteConnectionString, settings: settings).Ready();
        var alex = await AuditClient.Create(factory.CreateClient(), "Alex");
        var sam = await AuditClient.Create(factory.CreateClient(), "Sam");
        var (relationshipId, code) = await alex.StartRelationship("Sam");
        await sam.Accept(code);
        await sam.Send(HttpMethod.Put, "/api/me/email", new { email = "sam@example.org" }, HttpStatusCode.OK);

        await alex.SaveDraft(relationshipId, AuditClient.Perspective("words"));
        await alex.Submit(relationshipId);

        var me = await sam.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK);
        Assert.False(me["remindersAvailable"]!.GetValue<bool>());
        Assert.Null(me["email"]);
        Assert.Equal("sam@example.org", me["pendingEmail"]!.GetValue<string>());
        Assert.Equal(0, mail.Count);
    }
}
