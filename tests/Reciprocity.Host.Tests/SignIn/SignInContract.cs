using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Reciprocity.Host.Tests.Infrastructure;
using Reciprocity.Host.Tests.Visibility;

namespace Reciprocity.Host.Tests.SignIn;

/// <summary>
/// Issue 21 item 1: a person with a confirmed address signs in on a new device by a one-time link sent there. The
/// link works once; the device gets a key of its own while the personal link keeps working; asking answers the same,
/// as quickly, for a known and an unknown address; an address gets a few links a quarter of an hour, however often
/// it is asked for. The same on SQLite, PostgreSQL and a front end.
/// </summary>
public abstract class SignInContract<TFixture>(TFixture host)
    where TFixture : SignInHostFixture
{
    private readonly string _address = $"sam-{Guid.NewGuid():N}@example.org";

    [Fact]
    public async Task A_link_from_the_confirmed_address_signs_in_a_new_device_once_and_the_personal_link_keeps_working()
    {
        var sam = await host.Person("Sam");
        await SignInMail.ConfirmAddress(host, sam, _address);

        var phone = new AuditClient(host.Factory.CreateClient());
        await Ask(phone, _address);
        var token = SignInMail.Token(await SignInMail.Next(host.Mail, _address));
        Assert.Equal(64, token.Length);

        // The device makes its own secret; the answer is the key it signs in with.
        var secret = SignInMail.DeviceSecret();
        var signedIn = await phone.Send(HttpMethod.Post, $"/api/sign-in/complete/{token}", new { deviceSecret = secret }, HttpStatusCode.OK);
        phone.UseKey(signedIn["accessKey"]!.GetValue<string>());
        Assert.NotEqual(sam.AccessKey, phone.AccessKey);
        Assert.Equal("Sam", (await phone.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK))["displayName"]!.GetValue<string>());
        Assert.Equal("Sam", (await sam.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK))["displayName"]!.GetValue<string>());

        // Once: another device with the same link is refused; the same device asking again (a lost answer) gets its key again.
        var other = new AuditClient(host.Factory.CreateClient());
        await other.Send(HttpMethod.Post, $"/api/sign-in/complete/{token}", new { deviceSecret = SignInMail.DeviceSecret() }, HttpStatusCode.NotFound);
        var again = await phone.Send(HttpMethod.Post, $"/api/sign-in/complete/{token}", new { deviceSecret = secret }, HttpStatusCode.OK);
        Assert.Equal(phone.AccessKey, again["accessKey"]!.GetValue<string>());

        // A new personal link signs every device out.
        var rotated = await sam.Send(HttpMethod.Post, "/api/me/key", null, HttpStatusCode.OK);
        sam.UseKey(rotated["accessKey"]!.GetValue<string>());
        await phone.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.Unauthorized);

        VisibilityScan.ForAStranger().AssertClean([.. phone.Received, .. other.Received], "a new device", ReceivedMessage.Key, ReceivedMessage.SignInAsked);
    }

    [Fact]
    public async Task A_known_and_an_unknown_address_get_the_same_answer_as_quickly()
    {
        var sam = await host.Person("Sam");
        await SignInMail.ConfirmAddress(host, sam, _address);
        var unknown = $"nobody-{Guid.NewGuid():N}@example.org";
        using var anonymous = host.Factory.CreateClient();

        var (knownAnswer, _) = await Timed(anonymous, _address);
        var (unknownAnswer, _) = await Timed(anonymous, unknown);
        Assert.Equal(knownAnswer, unknownAnswer);
        Assert.StartsWith("202 ", knownAnswer, StringComparison.Ordinal);

        // Alternating, so both see the same warm host: the medians differ by no more than noise.
        var known = new List<double>();
        var nobody = new List<double>();
        for (var i = 0; i < 15; i++)
        {
            known.Add((await Timed(anonymous, $"{i}{_address}")).Milliseconds);
            nobody.Add((await Timed(anonymous, $"{i}{unknown}")).Milliseconds);
        }

        for (var i = 0; i < 15; i++)
        {
            known.Add((await Timed(anonymous, _address)).Milliseconds);
            nobody.Add((await Timed(anonymous, unknown)).Milliseconds);
        }

        var (knownMedian, unknownMedian) = (Median(known[15..]), Median(nobody[15..]));
        Assert.True(Math.Abs(knownMedian - unknownMedian) < 5 + (0.5 * Math.Min(knownMedian, unknownMedian)), $"Median answer: known {knownMedian:F1} ms, unknown {unknownMedian:F1} ms.");
    }

    [Fact]
    public async Task An_address_gets_a_few_links_a_quarter_of_an_hour_however_often_it_is_asked_for()
    {
        var sam = await host.Person("Sam");
        await SignInMail.ConfirmAddress(host, sam, _address);
        var kim = await host.Person("Kim");
        var kims = $"kim-{Guid.NewGuid():N}@example.org";
        await SignInMail.ConfirmAddress(host, kim, kims);

        var asker = new AuditClient(host.Factory.CreateClient());
        for (var i = 0; i < 6; i++)
        {
            await Ask(asker, _address);
        }

        // A link asked for another address after them: every email until it arrives is counted, and a moment after.
        await Ask(asker, kims);
        var toSam = 0;
        while (!(await host.Mail.Next()).Contains(kims, StringComparison.Ordinal))
        {
            toSam++;
        }

        while (await NextWithin(seconds: 2) is { } late)
        {
            Assert.Contains(_address, late, StringComparison.Ordinal);
            toSam++;
        }

        Assert.Equal(3, toSam);
    }

    private async Task<string?> NextWithin(int seconds)
    {
        try
        {
            return await host.Mail.Next(seconds);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    [Fact]
    public async Task A_person_without_an_address_loses_nothing_and_bad_input_is_refused_naming_the_field()
    {
        var pat = await host.Person("Pat");
        var asker = new AuditClient(host.Factory.CreateClient());
        await Ask(asker, $"pat-{Guid.NewGuid():N}@example.org");
        await pat.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK);

        var refused = await asker.Send(HttpMethod.Post, "/api/sign-in/email", new { email = "not an address" }, HttpStatusCode.BadRequest);
        Assert.NotNull(refused["errors"]!["email"]);
        var token = new string('A', 64);
        var badSecret = await asker.Send(HttpMethod.Post, $"/api/sign-in/complete/{token}", new { deviceSecret = "short" }, HttpStatusCode.BadRequest);
        Assert.NotNull(badSecret["errors"]!["deviceSecret"]);
        await asker.Send(HttpMethod.Post, $"/api/sign-in/complete/{token}", new { deviceSecret = SignInMail.DeviceSecret() }, HttpStatusCode.NotFound);
        await asker.Send(HttpMethod.Post, "/api/sign-in/complete/not-a-link", new { deviceSecret = SignInMail.DeviceSecret() }, HttpStatusCode.NotFound);
    }

    private static Task<System.Text.Json.Nodes.JsonNode> Ask(AuditClient asker, string address) =>
        asker.Send(HttpMethod.Post, "/api/sign-in/email", new { email = address }, HttpStatusCode.Accepted);

    /// <summary>The answer's status and body, and how long it took.</summary>
    private static async Task<(string Answer, double Milliseconds)> Timed(HttpClient http, string address)
    {
        var watch = Stopwatch.StartNew();
        using var answer = await http.PostAsJsonAsync("/api/sign-in/email", new { email = address });
        var body = await answer.Content.ReadAsStringAsync();
        watch.Stop();
        return ($"{(int)answer.StatusCode} {answer.Content.Headers.ContentType} {body}", watch.Elapsed.TotalMilliseconds);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}

public sealed class SignInOnSqlite(SqliteSignInFixture host) : SignInContract<SqliteSignInFixture>(host), IClassFixture<SqliteSignInFixture>;

public sealed class SignInOnPostgres(PostgresSignInFixture host) : SignInContract<PostgresSignInFixture>(host), IClassFixture<PostgresSignInFixture>;

public sealed class SignInOnFrontend(FrontendSignInFixture host) : SignInContract<FrontendSignInFixture>(host), IClassFixture<FrontendSignInFixture>;
