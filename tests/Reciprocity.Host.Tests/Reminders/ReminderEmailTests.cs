using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Reciprocity.Host.Tests.Infrastructure;
using Reciprocity.People;

namespace Reciprocity.Host.Tests.Reminders;

/// <summary>Reminders by email, received by a real SMTP server: what they say, what they never say, how often, and unsubscribing.</summary>
public sealed partial class ReminderEmailTests(MailHostFixture host) : IClassFixture<MailHostFixture>
{
    // Each test its own address: every address has its own daily limit.
    private readonly string _address = $"sam-{Guid.NewGuid():N}@example.org";

    [Fact]
    public async Task A_person_is_told_the_other_finished_and_the_email_holds_nothing_of_what_was_written()
    {
        var (alex, sam, relationshipId) = await Pair("Alex", "Sam");
        await SetEmail(sam, _address);
        var marker = "marker-" + Guid.NewGuid().ToString("N");
        await sam.SaveDraft(relationshipId, AuditClient.Perspective(marker + "-sam"));
        await alex.SaveDraft(relationshipId, AuditClient.Perspective(marker + "-alex"));
        await alex.Submit(relationshipId);

        var raw = await host.Mail.Next();
        var message = Parse(raw);
        Assert.Equal(_address, message.To.Mailboxes.Single().Address);
        Assert.Contains("\u2068Alex\u2069 has finished their reflection", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("marker-", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("marker-", message.TextBody, StringComparison.Ordinal);
        Assert.Matches("^<https://reciprocity.test/api/unsubscribe/[A-Za-z0-9_-]{64}>$", message.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        Assert.Contains("https://reciprocity.test/unsubscribe/", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Under_the_together_policy_the_first_to_finish_is_told_when_it_is_ready_to_open()
    {
        var alex = await host.Person("Alex");
        var sam = await host.Person("Sam");
        var relationshipId = await alex.StartRelationship("Sam", solo: false, revealPolicy: "together");
        await sam.Accept(await alex.Invite(relationshipId));
        await SetEmail(sam, _address);
        await sam.SaveDraft(relationshipId, AuditClient.Perspective("sam's words"));
        await sam.Submit(relationshipId);
        await alex.SaveDraft(relationshipId, AuditClient.Perspective("alex's words"));
        await alex.Submit(relationshipId);

        var message = Parse(await host.Mail.Next());
        Assert.Equal("Your reflections are ready to open together", message.Subject);
        Assert.DoesNotContain("words", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task At_most_one_email_a_day_per_person()
    {
        var sam = await host.Person("Sam");
        await SetEmail(sam, _address);
        var first = await PairWith(sam, "Alex");
        var second = await PairWith(sam, "Kim");
        var third = await PairWith(sam, "Lee");

        await Finish(first);
        Assert.Contains("\u2068Alex\u2069 has finished", Parse(await host.Mail.Next()).TextBody, StringComparison.Ordinal);

        var before = host.Mail.Count;
        await Finish(second);
        await Barrier(sam);
        Assert.Equal(before, host.Mail.Count);

        host.Clock.Advance(TimeSpan.FromHours(25));
        await Finish(third);
        Assert.Contains("\u2068Lee\u2069 has finished", Parse(await host.Mail.Next()).TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsubscribing_from_the_email_removes_the_address_and_nothing_more_is_sent()
    {
        var sam = await host.Person("Sam");
        await SetEmail(sam, _address);
        var first = await PairWith(sam, "Alex");
        await Finish(first);
        var token = UnsubscribeToken().Match(Parse(await host.Mail.Next()).TextBody ?? "").Groups[1].Value;

        using var anonymous = host.Factory.CreateClient();
        using var page = await anonymous.GetAsync($"/unsubscribe/{token}");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<form method=\"post\" action=\"/unsubscribe/{token}\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style", html, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(_address, (await Me(sam))["email"]!.GetValue<string>());

        // One click, as a mail client sends it (RFC 8058): a form body, no key.
        using var oneClick = await anonymous.PostAsync($"/api/unsubscribe/{token}", new StringContent("List-Unsubscribe=One-Click", Encoding.ASCII, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.NoContent, oneClick.StatusCode);
        Assert.Null((await Me(sam))["email"]);

        // The page's button, pressed later, says it is done; a made-up link is not known.
        using var button = await anonymous.PostAsync($"/unsubscribe/{token}", null);
        Assert.Equal(HttpStatusCode.OK, button.StatusCode);
        using var unknown = await anonymous.PostAsync($"/api/unsubscribe/{token[..^4]}AAAA", null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        host.Clock.Advance(TimeSpan.FromHours(25));
        var before = host.Mail.Count;
        await Finish(await PairWith(sam, "Kim"));
        await Barrier(sam);
        Assert.Equal(before, host.Mail.Count);
    }

    [Fact]
    public async Task A_due_check_in_is_told_by_email()
    {
        var sam = await host.Person("Sam");
        await SetEmail(sam, _address);
        var (_, relationshipId) = await PairWith(sam, "Alex");

        await host.Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IPersonReminders>(sam.PersonId).CheckInDue(relationshipId);

        var message = Parse(await host.Mail.Next());
        Assert.Equal("Your check-in is due", message.Subject);
        Assert.Contains("“\u2068Us\u2069” with \u2068Alex\u2069", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agreed_check_in_is_kept_until_its_day_and_then_told_once()
    {
        var sam = await host.Person("Sam");
        await SetEmail(sam, _address);
        var (alex, relationshipId) = await PairWith(sam, "Alex");
        var grains = host.Factory.Services.GetRequiredService<IGrainFactory>();
        var calendar = grains.GetGrain<ICheckInCalendarGrain>(0);
        var today = DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime);

        // Agreed the way people agree it: Alex proposes, Sam accepts; the relationship tells each person's reminders.
        var nextCheckIn = $"/api/relationships/{relationshipId}/next-check-in";
        await alex.Send(HttpMethod.Put, nextCheckIn, new { date = today.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, HttpStatusCode.OK);
        await sam.Send(HttpMethod.Post, nextCheckIn + "/accept", null, HttpStatusCode.OK);
        await Barrier(sam);

        var before = host.Mail.Count;
        await calendar.WakeDue();
        await Barrier(sam);
        Assert.Equal(before, host.Mail.Count);

        host.Clock.Advance(TimeSpan.FromDays(2));
        Assert.True(await calendar.WakeDue() >= 1);
        var message = Parse(await host.Mail.Next());

        Assert.Equal("Your check-in is due", message.Subject);
        Assert.Contains("with \u2068Alex\u2069", message.TextBody, StringComparison.Ordinal);

        // Told: no longer due, even a day later.
        await Barrier(sam);
        host.Clock.Advance(TimeSpan.FromDays(1));
        before = host.Mail.Count;
        await calendar.WakeDue();
        await Barrier(sam);
        Assert.Equal(before, host.Mail.Count);
    }

    [Fact]
    public async Task A_refused_email_is_logged_without_the_address_and_the_request_still_succeeds()
    {
        var address = $"{TestMailServer.Refused}@example.org";
        var sam = await host.Person("Sam");
        var before = host.Mail.Count;
        var set = await sam.Send(HttpMethod.Put, "/api/me/email", new { email = address }, HttpStatusCode.OK);

        Assert.Equal(address, set["pendingEmail"]!.GetValue<string>());
        Assert.Equal(before, host.Mail.Count);

        // Sent from the queue after the answer: the refusal is logged a moment later.
        await Queued.Eventually(() => host.Log.Lines.Any(line => line.Contains("An email could not be sent", StringComparison.Ordinal)));
        Assert.DoesNotContain(host.Log.Lines, line => line.Contains(TestMailServer.Refused + "@", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(host.Log.Lines, line => line.Contains(_address, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_address_is_the_owners_alone_and_a_bad_one_is_refused_naming_email()
    {
        var (alex, sam, _) = await Pair("Alex", "Sam");
        var me = await Me(sam);
        Assert.Null(me["email"]);
        Assert.True(me["remindersAvailable"]!.GetValue<bool>());

        foreach (var bad in new[] { "", "no-at-sign", "two@@example.org", "a@b", "sp ace@example.org", new string('a', 250) + "@example.org" })
        {
            var (status, body) = await sam.SendRaw(HttpMethod.Put, "/api/me/email", $$"""{"email":{{System.Text.Json.JsonSerializer.Serialize(bad)}}}""");
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.NotNull(JsonNode.Parse(body)!["errors"]!["email"]);
        }

        Assert.Null((await Me(sam))["email"]);
        var set = await sam.Send(HttpMethod.Put, "/api/me/email", new { email = $"  {_address} " }, HttpStatusCode.OK);
        Assert.Equal(_address, set["pendingEmail"]!.GetValue<string>());
        await EmailConfirmations.Confirm(host, _address);
        Assert.Equal(_address, (await Me(sam))["email"]!.GetValue<string>());

        // Nothing the other person receives holds it.
        var (_, aliceMe) = await alex.SendRaw(HttpMethod.Get, "/api/me", null);
        Assert.DoesNotContain(_address, aliceMe, StringComparison.Ordinal);
        Assert.All(alex.Received, message => Assert.DoesNotContain(_address, message.Body.GetRawText(), StringComparison.Ordinal));

        var (deleted, _) = await sam.SendRaw(HttpMethod.Delete, "/api/me/email", null);
        Assert.Equal(HttpStatusCode.NoContent, deleted);
        Assert.Null((await Me(sam))["email"]);
    }

    private async Task<(AuditClient A, AuditClient B, Guid RelationshipId)> Pair(string inviter, string partner)
    {
        var a = await host.Person(inviter);
        var b = await host.Person(partner);
        var (relationshipId, code) = await a.StartRelationship(partner);
        await b.Accept(code);
        return (a, b, relationshipId);
    }

    private async Task<(AuditClient Other, Guid RelationshipId)> PairWith(AuditClient person, string otherName)
    {
        var other = await host.Person(otherName);
        var (relationshipId, code) = await other.StartRelationship("Sam");
        await person.Accept(code);
        return (other, relationshipId);
    }

    private static async Task Finish((AuditClient Other, Guid RelationshipId) pair)
    {
        await pair.Other.SaveDraft(pair.RelationshipId, AuditClient.Perspective("private words"));
        await pair.Other.Submit(pair.RelationshipId);
    }

    // As a person does it: gives the address, then confirms it from the link in the email sent there.
    private async Task SetEmail(AuditClient person, string email)
    {
        await person.Send(HttpMethod.Put, "/api/me/email", new { email }, HttpStatusCode.OK);
        await EmailConfirmations.Confirm(host, email);
    }

    private static Task<JsonNode> Me(AuditClient person) => person.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK);

    // The person's grain takes its one-way reminder before this later call, and posts within that turn: once this
    // answers and the queue is drained, any email it was going to send has reached the server.
    private async Task Barrier(AuditClient person)
    {
        await Me(person);
        await Queued.Drained(host.Factory);
    }

    private static MimeMessage Parse(string raw) => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(raw)));

    [GeneratedRegex("/unsubscribe/([A-Za-z0-9_-]{64})")]
    private static partial Regex UnsubscribeToken();
}
