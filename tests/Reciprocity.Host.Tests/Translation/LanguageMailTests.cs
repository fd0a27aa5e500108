using System.Globalization;
using System.Net;
using System.Text;
using MimeKit;
using Reciprocity.Host.Tests.Infrastructure;
using Reciprocity.Host.Tests.Reminders;

namespace Reciprocity.Host.Tests.Translation;

/// <summary>
/// Emails and calendar files in their person's stored language, received by a real SMTP server, and a session report in
/// its facilitator's (issue 23). The English words of the same moments are held word for word by the reminder tests.
/// </summary>
public sealed class LanguageMailTests(MailHostFixture host) : IClassFixture<MailHostFixture>
{
    private static readonly string[] GermanMonths = CultureInfo.GetCultureInfo("de").DateTimeFormat.MonthNames[..12];

    [Fact]
    public async Task A_Spanish_person_is_asked_to_confirm_and_reminded_in_Spanish()
    {
        var address = $"ana-{Guid.NewGuid():N}@example.org";
        var ana = await Person("Ana", "es");
        await ana.Send(HttpMethod.Put, "/api/me/email", new { email = address }, HttpStatusCode.OK);
        var confirmation = await NextTo(address);
        Assert.Equal("Confirma tu dirección de correo para Reciprocity", confirmation.Subject);
        Assert.StartsWith("Hola:\n\nAlguien pidió a Reciprocity", confirmation.TextBody, StringComparison.Ordinal);
        using (var anonymous = host.Factory.CreateClient())
        {
            using var confirmed = await anonymous.PostAsync($"/api/email/confirm/{EmailConfirmations.Token(confirmation)}", null);
            Assert.Equal(HttpStatusCode.NoContent, confirmed.StatusCode);
        }

        // Alex writes in English; Ana's reminder follows Ana's language, and holds nothing of what Alex wrote.
        var alex = await host.Person("Alex");
        var (relationshipId, code) = await alex.StartRelationship("Ana");
        await ana.Accept(code);
        await alex.SaveDraft(relationshipId, AuditClient.Perspective("marker-alex"));
        await alex.Submit(relationshipId);

        var reminder = await NextTo(address);
        Assert.Equal("Una reflexión te está esperando", reminder.Subject);
        Assert.StartsWith("Hola, \u2068Ana\u2069:\n\n\u2068Alex\u2069 ha terminado su reflexión sobre «\u2068Us\u2069» con \u2068Alex\u2069. La tuya te espera cuando quieras; no hay prisa.", reminder.TextBody, StringComparison.Ordinal);
        Assert.Contains("¿No quieres más recordatorios? Date de baja aquí: https://reciprocity.test/unsubscribe/", reminder.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("marker-", reminder.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("<https://reciprocity.test/api/unsubscribe/", reminder.Headers["List-Unsubscribe"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agreed_check_in_s_calendar_file_is_in_the_language_of_whoever_downloads_it()
    {
        var ana = await Person("Ana", "es");
        var alex = await host.Person("Alex");
        var (relationshipId, code) = await alex.StartRelationship("Ana");
        await ana.Accept(code);
        await alex.SaveDraft(relationshipId, AuditClient.Perspective("alex"));
        await ana.SaveDraft(relationshipId, AuditClient.Perspective("ana"));
        await alex.Submit(relationshipId);
        await ana.Submit(relationshipId);
        var day = DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime).AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await alex.Send(HttpMethod.Put, $"/api/relationships/{relationshipId}/next-check-in", new { date = day }, HttpStatusCode.OK);
        await ana.Send(HttpMethod.Post, $"/api/relationships/{relationshipId}/next-check-in/accept", null, HttpStatusCode.OK);

        var spanish = await ana.Http.GetStringAsync(new Uri($"/api/relationships/{relationshipId}/next-check-in.ics", UriKind.Relative));
        Assert.Contains("\r\nSUMMARY;LANGUAGE=es:Revisión de Reciprocity\r\n", spanish, StringComparison.Ordinal);
        Assert.Contains("\r\nDESCRIPTION;LANGUAGE=es:Es hora de hacer juntos vuestra próxima revisión.\r\n", spanish, StringComparison.Ordinal);
        Assert.Contains($"\r\nDTSTART;VALUE=DATE:{day.Replace("-", "", StringComparison.Ordinal)}\r\n", spanish, StringComparison.Ordinal);

        var english = await alex.Http.GetStringAsync(new Uri($"/api/relationships/{relationshipId}/next-check-in.ics", UriKind.Relative));
        Assert.Contains("\r\nSUMMARY;LANGUAGE=en:Reciprocity check-in\r\n", english, StringComparison.Ordinal);
        Assert.Contains("\r\nDESCRIPTION;LANGUAGE=en:Time for your next check-in together.\r\n", english, StringComparison.Ordinal);

        // Ana's language changes, and so does her next download.
        await ana.Send(HttpMethod.Put, "/api/me/language", new { language = "de" }, HttpStatusCode.OK);
        var german = await ana.Http.GetStringAsync(new Uri($"/api/relationships/{relationshipId}/next-check-in.ics", UriKind.Relative));
        Assert.Contains("\r\nSUMMARY;LANGUAGE=de:Reciprocity-Check-in\r\n", german, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_German_facilitator_s_report_is_in_German_with_the_pair_s_words_as_written()
    {
        var lee = await Person("Dr Lee", "de");
        var sessionId = (await lee.Send(HttpMethod.Post, "/api/sessions", new { title = "Sam & Alex", kind = "couple" }, HttpStatusCode.Created))["sessionId"]!.GetValue<Guid>();
        var sam = await Seated(lee, sessionId, "Sam", "es");
        var alex = await Seated(lee, sessionId, "Alex", "en");
        var relationshipId = (await lee.Send(HttpMethod.Get, $"/api/sessions/{sessionId}", null, HttpStatusCode.OK))["pairs"]![0]!["relationshipId"]!.GetValue<Guid>();
        await sam.SaveDraft(relationshipId, AuditClient.Perspective("sam words"));
        await alex.SaveDraft(relationshipId, AuditClient.Perspective("alex words"));
        await sam.Submit(relationshipId);
        await alex.Submit(relationshipId);
        await lee.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/release-ready", null, HttpStatusCode.OK);

        var report = await lee.Http.GetStringAsync(new Uri($"/api/sessions/{sessionId}/report?checkIn=1", UriKind.Relative));
        Assert.StartsWith("# \u2068Sam & Alex\u2069: Check-in 1\n", report.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("> **Vertraulich:", report, StringComparison.Ordinal);
        Assert.Contains("Eine Paarsitzung, begleitet von \u2068Dr Lee\u2069.", report, StringComparison.Ordinal);
        Assert.Contains("## \u2068Sam\u2069 und \u2068Alex\u2069", report, StringComparison.Ordinal);
        Assert.Contains("### Auf den anderen zugehen", report, StringComparison.Ordinal);
        Assert.Contains("*Zum Gespräch:* Wann hattest du zuletzt", report, StringComparison.Ordinal);
        Assert.Contains("sam words initiation", report, StringComparison.Ordinal);
        Assert.Contains(GermanMonths, month => report.Contains($"Erstellt am {host.Clock.GetUtcNow().UtcDateTime.Day}. {month} ", StringComparison.Ordinal));
        Assert.DoesNotContain("Made on", report, StringComparison.Ordinal);
        Assert.DoesNotContain("To talk about", report, StringComparison.Ordinal);

        // Sam's own language is Spanish: the report follows the facilitator's, whoever sits in it.
        Assert.Equal("es", (await sam.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK))["language"]!.GetValue<string>());
    }

    private async Task<AuditClient> Person(string name, string language)
    {
        var person = new AuditClient(host.Factory.CreateClient());
        var created = await person.Send(HttpMethod.Post, "/api/people", new { displayName = name, language }, HttpStatusCode.Created);
        person.UseKey(created["accessKey"]!.GetValue<string>());
        return person;
    }

    private async Task<AuditClient> Seated(AuditClient facilitator, Guid sessionId, string name, string language)
    {
        var seat = await facilitator.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/participants", new { name }, HttpStatusCode.Created);
        var person = await Person(name, language);
        await person.Send(HttpMethod.Post, $"/api/seats/{seat["seatCode"]!.GetValue<string>()}/claim", null, HttpStatusCode.OK);
        return person;
    }

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
