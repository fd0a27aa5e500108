using System.Net;
using System.Text;
using MimeKit;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Reminders;

/// <summary>
/// Issue 26 item 8: a name like <c>=?utf-8?b?…?=</c> is plain ASCII that mail programs decode into a line break, a bell
/// or a reading-direction override. Such names are refused where they are typed, naming the field, and every header
/// of every email is fixed words, the sender and the recipient's bare address.
/// </summary>
public sealed class EncodedWordsTests(MailHostFixture host) : IClassFixture<MailHostFixture>
{
    // U+202E, CR LF, "Bcc: evil@x.org", BEL
    private const string Encoded = "=?utf-8?b?4oCuDQpCY2M6IGV2aWxAeC5vcmcH?=";

    [Theory]
    [InlineData(Encoded)]
    [InlineData("Sam =?UTF-8?Q?=E2=80=AE?= Lee")]
    [InlineData("=?utf-8*en?b?4oCu?=")]
    public async Task A_name_holding_an_encoded_word_is_refused_naming_the_field(string name)
    {
        using var http = host.Factory.CreateClient();
        var stranger = new AuditClient(http);
        var refused = await stranger.Send(HttpMethod.Post, "/api/people", new { displayName = name }, HttpStatusCode.BadRequest);
        Assert.NotNull(refused["errors"]!["displayName"]);

        var alex = await host.Person("Alex");
        var partner = await alex.Send(HttpMethod.Post, "/api/relationships", new { kind = "closeFriend", label = name, partnerName = name }, HttpStatusCode.BadRequest);
        Assert.NotNull(partner["errors"]!["partnerName"]);
        Assert.NotNull(partner["errors"]!["label"]);
    }

    [Fact]
    public async Task An_address_holding_an_encoded_word_is_refused_naming_email()
    {
        var sam = await host.Person("Sam");
        var refused = await sam.Send(HttpMethod.Put, "/api/me/email", new { email = Encoded + "@example.org" }, HttpStatusCode.BadRequest);
        Assert.NotNull(refused["errors"]!["email"]);
    }

    [Fact]
    public async Task Every_header_of_a_reminder_and_a_sign_in_email_is_fixed_words_and_bare_addresses()
    {
        var address = $"sam-{Guid.NewGuid():N}@example.org";
        var sam = await host.Person("Sam =? not encoded ?=");
        await sam.Send(HttpMethod.Put, "/api/me/email", new { email = address }, HttpStatusCode.OK);
        await EmailConfirmations.Confirm(host, address);
        var kim = await host.Person("Kim");
        var (relationshipId, code) = await kim.StartRelationship("Sam");
        await sam.Accept(code);
        await kim.SaveDraft(relationshipId, AuditClient.Perspective("words"));
        await kim.Submit(relationshipId);
        var reminder = await Parse(await host.Mail.Next());
        Assert.Equal("A reflection is waiting for you", reminder.Subject);

        await new AuditClient(host.Factory.CreateClient()).Send(HttpMethod.Post, "/api/sign-in/email", new { email = address }, HttpStatusCode.Accepted);
        var signIn = await Parse(await host.Mail.Next());
        Assert.Equal("Your link to sign in to Reciprocity", signIn.Subject);

        foreach (var message in new[] { reminder, signIn })
        {
            Assert.Equal(address, Assert.Single(message.To.Mailboxes).Address);
            Assert.Equal("", message.To.Mailboxes.Single().Name ?? "");
            foreach (var header in message.Headers)
            {
                Assert.DoesNotContain("Sam", header.Value, StringComparison.Ordinal);
                Assert.DoesNotContain("Kim", header.Value, StringComparison.Ordinal);
                Assert.False(header.Value.Any(c => char.IsControl(c) || c is >= '\u202A' and <= '\u202E'), $"{header.Field}: {header.Value}");
            }
        }
    }

    private static Task<MimeMessage> Parse(string raw) => MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(raw)));
}
