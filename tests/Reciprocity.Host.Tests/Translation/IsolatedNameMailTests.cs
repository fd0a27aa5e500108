using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MimeKit;
using Reciprocity.Grains.Reminders;
using Reciprocity.Host.Hosting;
using Reciprocity.Host.Reminders;
using Reciprocity.Host.Tests.Infrastructure;
using Reciprocity.Host.Tests.Reminders;
using Reciprocity.People;

namespace Reciprocity.Host.Tests.Translation;

/// <summary>
/// Names in plain-text emails keep their own direction (issue 23): every name or label a person typed sits in a Unicode
/// isolate (U+2068 … U+2069) inside the host's words, in any language; subjects hold fixed words only. Received by
/// the real SMTP server, as a mail program receives them.
/// </summary>
public sealed partial class IsolatedNameMailTests(MailHostFixture host) : IClassFixture<MailHostFixture>
{
    [Fact]
    public async Task An_Arabic_person_s_reminder_isolates_exactly_the_Latin_script_name_and_label()
    {
        var address = $"huda-{Guid.NewGuid():N}@example.org";
        var huda = await Person("هدى", "ar", address);
        var sam = await host.Person("Sam");
        var (relationshipId, code) = await sam.StartRelationship("هدى");
        await huda.Accept(code);
        await sam.SaveDraft(relationshipId, AuditClient.Perspective("sam"));
        await sam.Submit(relationshipId);

        var reminder = await NextTo(address);
        Assert.Equal("تأمّل في انتظارك", reminder.Subject);
        Assert.StartsWith(
            "مرحبًا \u2068هدى\u2069،\n\nاكتمل تأمّل \u2068Sam\u2069 في «\u2068Us\u2069» مع \u2068Sam\u2069. تأمّلك في انتظارك متى شئت؛ لا عجلة في ذلك.\n",
            reminder.TextBody, StringComparison.Ordinal);
        Assert.Equal(["هدى", "Sam", "Us", "Sam"], Isolates(reminder.TextBody));
    }

    [Fact]
    public async Task An_English_person_s_reminder_isolates_exactly_the_Arabic_script_name()
    {
        var address = $"alex-{Guid.NewGuid():N}@example.org";
        var alex = await Person("Alex", "en", address);
        var sara = await Person("سارة", "ar", address: null);
        var (relationshipId, code) = await sara.StartRelationship("Alex");
        await alex.Accept(code);
        await sara.SaveDraft(relationshipId, AuditClient.Perspective("sara"));
        await sara.Submit(relationshipId);

        var reminder = await NextTo(address);
        Assert.Equal("A reflection is waiting for you", reminder.Subject);
        Assert.StartsWith(
            "Hello \u2068Alex\u2069,\n\n\u2068سارة\u2069 has finished their reflection on “\u2068Us\u2069” with \u2068سارة\u2069. Yours is waiting for you whenever you are ready; there is no rush.\n",
            reminder.TextBody, StringComparison.Ordinal);
        Assert.Equal(["Alex", "سارة", "Us", "سارة"], Isolates(reminder.TextBody));

        // The subject is the host's fixed words, a plain header: no isolate, no name, nothing encoded from a person.
        Assert.DoesNotContain("\u2068", reminder.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("سارة", reminder.Headers[HeaderId.Subject], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "", "The other person has finished their reflection on your relationship with the other person.")]
    [InlineData("de", "", "Die andere Person hat die eigene Einschätzung zu deiner Beziehung mit der anderen Person abgeschlossen.")]
    [InlineData("es", "", "La otra persona ha terminado su reflexión sobre tu relación con la otra persona.")]
    [InlineData("ar", "", "اكتمل تأمّل الطرف الآخر في علاقتك مع الطرف الآخر.")]
    [InlineData("de", "Unser Jahr", "Die andere Person hat die eigene Einschätzung zu „\u2068Unser Jahr\u2069“ mit der anderen Person abgeschlossen.")]
    public void A_reminder_whose_other_person_has_no_name_says_the_other_person_in_the_language_s_grammar(string language, string label, string line)
    {
        var composer = new MailComposer(new MailSettings { From = "reminders@reciprocity.test" }, new PublicLinks("https://reciprocity.test"));
        var reminder = new Reminder(ReminderKind.OtherFinished, Guid.NewGuid(), OtherName: "", Label: label);
        var mail = composer.Compose(new ReminderEmail("kim@example.org", "Kim", reminder, "token", DateTimeOffset.UtcNow, language));

        Assert.Contains(line, mail.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "The check-in you agreed on for “\u2068Us\u2069” with \u2068Sam\u2069 is due.")]
    [InlineData("de", "Euer vereinbarter Check-in zu „\u2068Us\u2069“ mit \u2068Sam\u2069 steht an.")]
    [InlineData("es", "Ha llegado la revisión que acordasteis para «\u2068Us\u2069» con \u2068Sam\u2069.")]
    [InlineData("ar", "حان موعد المراجعة التي اتفقتما عليها بشأن «\u2068Us\u2069» مع \u2068Sam\u2069.")]
    public void A_label_is_quoted_with_the_language_s_own_quotation_marks(string language, string line)
    {
        var composer = new MailComposer(new MailSettings { From = "reminders@reciprocity.test" }, new PublicLinks("https://reciprocity.test"));
        var reminder = new Reminder(ReminderKind.CheckInDue, Guid.NewGuid(), OtherName: "Sam", Label: "Us");
        var mail = composer.Compose(new ReminderEmail("kim@example.org", "Kim", reminder, "token", DateTimeOffset.UtcNow, language));

        Assert.Contains(line, mail.TextBody, StringComparison.Ordinal);
    }

    private async Task<AuditClient> Person(string name, string language, string? address)
    {
        var person = new AuditClient(host.Factory.CreateClient());
        var created = await person.Send(HttpMethod.Post, "/api/people", new { displayName = name, language }, HttpStatusCode.Created);
        person.UseKey(created["accessKey"]!.GetValue<string>());
        if (address is not null)
        {
            await person.Send(HttpMethod.Put, "/api/me/email", new { email = address }, HttpStatusCode.OK);
            using var anonymous = host.Factory.CreateClient();
            using var confirmed = await anonymous.PostAsync($"/api/email/confirm/{EmailConfirmations.Token(await NextTo(address))}", null);
            Assert.Equal(HttpStatusCode.NoContent, confirmed.StatusCode);
        }

        return person;
    }

    // What each isolate in a text holds, in order.
    private static List<string> Isolates(string? text) => [.. Isolate().Matches(text ?? "").Select(match => match.Groups[1].Value)];

    [GeneratedRegex("\u2068([^\u2068\u2069]*)\u2069")]
    private static partial Regex Isolate();

    // The next email to this address; mail to other addresses arriving meanwhile is passed over.
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
}
