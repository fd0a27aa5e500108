using System.Net;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.SignIn;

/// <summary>
/// Issue 21 item 1: one client address may ask for links, and use them, only a few times a quarter of an hour, known
/// address or not (the count cannot tell them apart), and then hears 429 with when to try again.
/// </summary>
public sealed class SignInLimitTests(LimitedSignInFixture host) : IClassFixture<LimitedSignInFixture>
{
    [Fact]
    public async Task A_client_address_is_answered_429_after_a_few_requests_known_address_or_not()
    {
        var asker = new AuditClient(host.Factory.CreateClient());
        for (var i = 0; i < LimitedSignInFixture.Limit; i++)
        {
            await asker.Send(HttpMethod.Post, "/api/sign-in/email", new { email = $"someone-{i}@example.org" }, HttpStatusCode.Accepted);
        }

        await asker.Send(HttpMethod.Post, "/api/sign-in/email", new { email = "someone-else@example.org" }, HttpStatusCode.TooManyRequests);
        await asker.Send(HttpMethod.Post, $"/api/sign-in/complete/{new string('A', 64)}", new { deviceSecret = SignInMail.DeviceSecret() }, HttpStatusCode.TooManyRequests);
        using var refused = await asker.Http.PostAsync(new Uri("/api/sign-in/email", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }
}

/// <summary>Issue 21 item 1: a link works for 15 minutes; after that it signs nobody in, and a new one can be asked for.</summary>
public abstract class SignInExpiryContract<TFixture>(TFixture host)
    where TFixture : SignInHostFixture
{
    [Fact]
    public async Task A_link_older_than_15_minutes_signs_nobody_in_and_a_new_one_does()
    {
        var address = $"sam-{Guid.NewGuid():N}@example.org";
        var sam = await host.Person("Sam");
        await SignInMail.ConfirmAddress(host, sam, address);
        var phone = new AuditClient(host.Factory.CreateClient());

        await phone.Send(HttpMethod.Post, "/api/sign-in/email", new { email = address }, HttpStatusCode.Accepted);
        var old = SignInMail.Token(await SignInMail.Next(host.Mail, address));
        host.Clock!.Advance(TimeSpan.FromMinutes(14));
        await phone.Send(HttpMethod.Post, "/api/sign-in/email", new { email = address }, HttpStatusCode.Accepted);
        var fresh = SignInMail.Token(await SignInMail.Next(host.Mail, address));
        host.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));

        await phone.Send(HttpMethod.Post, $"/api/sign-in/complete/{old}", new { deviceSecret = SignInMail.DeviceSecret() }, HttpStatusCode.NotFound);
        var signedIn = await phone.Send(HttpMethod.Post, $"/api/sign-in/complete/{fresh}", new { deviceSecret = SignInMail.DeviceSecret() }, HttpStatusCode.OK);
        phone.UseKey(signedIn["accessKey"]!.GetValue<string>());
        await phone.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK);
    }
}

public sealed class SignInExpiryOnSqlite(SqliteSignInFixture host) : SignInExpiryContract<SqliteSignInFixture>(host), IClassFixture<SqliteSignInFixture>;

public sealed class SignInExpiryOnPostgres(PostgresSignInFixture host) : SignInExpiryContract<PostgresSignInFixture>(host), IClassFixture<PostgresSignInFixture>;
