using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using MimeKit;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Reminders;

/// <summary>
/// Issue 24, item 1: an address gets nothing but one confirmation until its owner confirms it from the link sent there;
/// the confirmation carries nothing anyone typed; the link works once, for a day; an address gets a few emails a day at most.
/// </summary>
public sealed class EmailConfirmationTests(MailHostFixture host) : IClassFixture<MailHostFixture>
{
    private const string Spam = "Cheap pills at spam.example, click now";

    private readonly string _address = $"someone-{Guid.NewGuid():N}@example.org";

    [Fact]
    public async Task Nothing_but_the_confirmation_goes_to_an_address_until_its_owner_confirms_it()
    {
        var spammer = await host.Person(Spam);
        var sam = await host.Person(Spam + " too");
        var (relationshipId, code) = await spammer.StartRelationship(Spam);
        await sam.Accept(code);

        var set = await sam.Send(HttpMethod.Put, "/api/me/email", new { email = _address }, HttpStatusCode.OK);
        Assert.Null(set["email"]);
        Assert.Equal(_address, set["pendingEmail"]!.GetValue<string>());
        Assert.Equal(_address, (await Me(sam))["pendingEmail"]!.GetValue<string>());

        // The confirmation: fixed words and the link; none of the names anyone typed, in the headers or the body.
        var confirmation = await EmailConfirmations.Next(host, _address);
        var raw = confirmation.ToString();
        Assert.DoesNotContain("Cheap", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("spam.example", raw, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(EmailConfirmations.Subject, confirmation.Subject);
        var token = EmailConfirmations.Token(confirmation);
        Assert.Equal(64, token.Length);

        // Unconfirmed: a reminder that would go to the address is not sent.
        var before = host.Mail.Count;
        await spammer.SaveDraft(relationshipId, AuditClient.Perspective("words"));
        await spammer.Submit(relationshipId);
        await Me(sam);
        await Queued.Drained(host.Factory);
        Assert.Equal(before, host.Mail.Count);

        // Opening the link's page (as a mail scanner does) confirms nothing; its button does, once.
        using var anonymous = host.Factory.CreateClient();
        using var page = await anonymous.GetAsync($"/confirm-email/{token}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"<form method=\"post\" action=\"/confirm-email/{token}\">", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null((await Me(sam))["email"]);
        using var pressed = await anonymous.PostAsync($"/confirm-email/{token}", null);
        Assert.Equal(HttpStatusCode.OK, pressed.StatusCode);
        var me = await Me(sam);
        Assert.Equal(_address, me["email"]!.GetValue<string>());
        Assert.Null(me["pendingEmail"]);
        using var again = await anonymous.PostAsync($"/api/email/confirm/{token}", null);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);

        // Confirmed: reminders come, and their subject is a fixed line, never a name someone typed.
        var second = await host.Person("Kim");
        var (secondId, secondCode) = await second.StartRelationship("Sam");
        await sam.Accept(secondCode);
        await second.SaveDraft(secondId, AuditClient.Perspective("words"));
        await second.Submit(secondId);
        var reminder = await NextTo(_address);
        Assert.Equal("A reflection is waiting for you", reminder.Subject);
        Assert.Contains("\u2068Kim\u2069 has finished their reflection", reminder.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_confirmation_link_expires_after_a_day_and_the_unconfirmed_address_with_it()
    {
        var sam = await host.Person("Sam");
        await sam.Send(HttpMethod.Put, "/api/me/email", new { email = _address }, HttpStatusCode.OK);
        var token = EmailConfirmations.Token(await EmailConfirmations.Next(host, _address));

        host.Clock.Advance(TimeSpan.FromHours(25));
        using var anonymous = host.Factory.CreateClient();
        using var late = await anonymous.PostAsync($"/api/email/confirm/{token}", null);

        Assert.Equal(HttpStatusCode.NotFound, late.StatusCode);
        var me = await Me(sam);
        Assert.Null(me["email"]);
        Assert.Null(me["pendingEmail"]);
    }

    [Fact]
    public async Task One_address_gets_at_most_five_emails_a_day_however_many_people_name_it()
    {
        var before = host.Mail.Count;
        var refused = 0;
        for (var i = 0; i < 8; i++)
        {
            var person = await host.Person($"Person {i}");
            var (status, body) = await person.SendRaw(HttpMethod.Put, "/api/me/email", $$"""{"email":"{{_address}}"}""");
            if (status == HttpStatusCode.BadRequest)
            {
                Assert.NotNull(JsonNode.Parse(body)!["errors"]!["email"]);
                refused++;
            }
            else
            {
                Assert.Equal(HttpStatusCode.OK, status);
            }
        }

        Assert.Equal(3, refused);
        for (var i = 0; i < 5; i++)
        {
            await EmailConfirmations.Next(host, _address);
        }

        Assert.Equal(before + 5, host.Mail.Count);
    }

    [Fact]
    public async Task One_person_may_ask_for_three_confirmations_a_day()
    {
        var sam = await host.Person("Sam");
        for (var i = 0; i < 3; i++)
        {
            await sam.Send(HttpMethod.Put, "/api/me/email", new { email = $"{i}-{_address}" }, HttpStatusCode.OK);
        }

        var (status, body) = await sam.SendRaw(HttpMethod.Put, "/api/me/email", $$"""{"email":"{{_address}}"}""");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(JsonNode.Parse(body)!["errors"]!["email"]);
        Assert.Equal($"2-{_address}", (await Me(sam))["pendingEmail"]!.GetValue<string>());
    }

    private async Task<MimeMessage> NextTo(string address)
    {
        while (true)
        {
            var message = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(await host.Mail.Next())));
            if (message.To.Mailboxes.Single().Address == address)
            {
                return message;
            }
        }
    }

    private static Task<JsonNode> Me(AuditClient person) => person.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK);
}
