using System.Buffers.Text;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.SignIn;

/// <summary>
/// Issue 21: SIGKILL while sign-in links are being used, then a restart on the same storage. Nothing half-done is
/// visible: each link is either used with the device's key working, or unused and still usable by that device. On
/// SQLite and on PostgreSQL.
/// </summary>
public sealed class SignInCrashTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Links_being_used_when_the_host_is_killed_are_used_with_a_working_key_or_still_usable(string provider)
    {
        using var folder = new TempFolder();
        await using var mail = await TestMailServer.Start();
        var settings = new Dictionary<string, string>
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = mail.Port.ToString(CultureInfo.InvariantCulture),
            ["Email:Smtp:UseTls"] = "false",
            ["Email:From"] = "Reciprocity <reminders@reciprocity.test>",
            ["PublicUrl"] = "https://reciprocity.test/",
            ["RateLimits:SignInsPerQuarterHour"] = "1000",
        };
        if (provider == "Sqlite")
        {
            settings["ConnectionStrings:Reciprocity"] = folder.SqliteConnectionString;
        }
        else
        {
            settings["Storage:Provider"] = "Postgres";
            settings["ConnectionStrings:Reciprocity"] = await postgres.CreateDatabaseAsync();
        }

        var siloPort = FreePort.Next();
        var links = new List<(Guid PersonId, string Token, string Secret)>();

        await using (var host = await HostProcess.Start(settings, siloPort: siloPort))
        {
            // Four people with a confirmed address, three links each (as many as an address gets in a quarter of an hour).
            for (var person = 0; person < 4; person++)
            {
                var address = $"person{person}-{Guid.NewGuid():N}@example.org";
                var someone = await AuditClient.Create(host.CreateClient(), $"Person {person}");
                await someone.Send(HttpMethod.Put, "/api/me/email", new { email = address }, HttpStatusCode.OK);
                var confirm = ConfirmToken(await mail.Next());
                using (var anonymous = host.CreateClient())
                using (var confirmed = await anonymous.PostAsync(new Uri($"/api/email/confirm/{confirm}", UriKind.Relative), null))
                {
                    Assert.Equal(HttpStatusCode.NoContent, confirmed.StatusCode);
                }

                var asker = new AuditClient(host.CreateClient());
                for (var i = 0; i < 3; i++)
                {
                    await asker.Send(HttpMethod.Post, "/api/sign-in/email", new { email = address }, HttpStatusCode.Accepted);
                    links.Add((someone.PersonId, SignInMail.Token(await SignInMail.Next(mail, address)), SignInMail.DeviceSecret()));
                }
            }

            // Twelve devices press the button at once; the host is killed while their answers are on the way.
            using var devices = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
            var pressed = links.Select(link => devices.PostAsJsonAsync($"/api/sign-in/complete/{link.Token}", new { deviceSecret = link.Secret })).ToList();
            await Task.Delay(Random.Shared.Next(0, 4));
            host.Kill();
            foreach (var press in pressed)
            {
                try
                {
                    using var _ = await press;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // Cut off by the kill, as expected.
                }
            }
        }

        await using var restarted = await HostProcess.Start(settings, siloPort: siloPort);
        var used = 0;
        foreach (var (personId, token, secret) in links)
        {
            using var device = restarted.CreateClient();
            device.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", KeyFor(personId, secret));
            using var before = await device.GetAsync(new Uri("/api/me", UriKind.Relative));
            Assert.True(before.StatusCode is HttpStatusCode.OK or HttpStatusCode.Unauthorized, $"The device's key answered {(int)before.StatusCode}.");
            used += before.StatusCode == HttpStatusCode.OK ? 1 : 0;

            // Used with a working key, or unused: either way the same device completes it now, and a stranger cannot.
            using var stranger = restarted.CreateClient();
            using var stolen = await stranger.PostAsJsonAsync($"/api/sign-in/complete/{token}", new { deviceSecret = SignInMail.DeviceSecret() });
            if (before.StatusCode == HttpStatusCode.OK)
            {
                Assert.Equal(HttpStatusCode.NotFound, stolen.StatusCode);
                continue;
            }

            // Unused after the restart: it still works (the stranger above just used it; this device's secret then cannot).
            Assert.Equal(HttpStatusCode.OK, stolen.StatusCode);
            using var late = await device.PostAsJsonAsync($"/api/sign-in/complete/{token}", new { deviceSecret = secret });
            Assert.Equal(HttpStatusCode.NotFound, late.StatusCode);
        }

        // Reported so a run shows which side of the kill the presses landed on.
        Console.WriteLine($"{provider}: {used} of {links.Count} links were used before the kill.");
    }

    private static string KeyFor(Guid personId, string secret)
    {
        var raw = new byte[48];
        personId.TryWriteBytes(raw.AsSpan(0, 16));
        Base64Url.DecodeFromChars(secret, raw.AsSpan(16));
        return Base64Url.EncodeToString(raw);
    }

    private static string ConfirmToken(string raw) =>
        System.Text.RegularExpressions.Regex.Match(raw.Replace("=\r\n", "", StringComparison.Ordinal), "confirm-email/([A-Za-z0-9_-]{64})").Groups[1].Value;
}
