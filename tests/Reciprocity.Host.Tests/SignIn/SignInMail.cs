using System.Text;
using System.Text.RegularExpressions;
using MimeKit;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.SignIn;

/// <summary>Reads sign-in emails off the test mail server and follows their link as the address's owner does.</summary>
public static partial class SignInMail
{
    public const string Subject = "Your link to sign in to Reciprocity";

    /// <summary>The next sign-in email to <paramref name="address"/> within <paramref name="seconds"/> (other mail is passed over).</summary>
    public static async Task<MimeMessage> Next(TestMailServer mail, string address, int seconds = 20)
    {
        while (true)
        {
            var message = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(await mail.Next(seconds))));
            if (message.Subject == Subject && message.To.Mailboxes.Single().Address == address)
            {
                return message;
            }
        }
    }

    /// <summary>Gives <paramref name="person"/> the address and confirms it from the email sent there, as its owner does.</summary>
    public static async Task ConfirmAddress(SignInHostFixture host, AuditClient person, string address)
    {
        await person.Send(HttpMethod.Put, "/api/me/email", new { email = address }, System.Net.HttpStatusCode.OK);
        while (true)
        {
            var message = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(await host.Mail.Next())));
            if (message.To.Mailboxes.Single().Address == address && ConfirmLink().Match(message.TextBody ?? "") is { Success: true } found)
            {
                using var anonymous = host.Factory.CreateClient();
                using var confirmed = await anonymous.PostAsync($"/api/email/confirm/{found.Groups[1].Value}", null);
                Assert.Equal(System.Net.HttpStatusCode.NoContent, confirmed.StatusCode);
                return;
            }
        }
    }

    /// <summary>The secret of the link in a sign-in email.</summary>
    public static string Token(MimeMessage message) => Link().Match(message.TextBody ?? "").Groups[1].Value;

    /// <summary>32 random bytes in base64url: the secret a new device makes for its key.</summary>
    public static string DeviceSecret() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("https://reciprocity.test/confirm-email/([A-Za-z0-9_-]{64})")]
    private static partial Regex ConfirmLink();

    [GeneratedRegex("https://reciprocity.test/sign-in/([A-Za-z0-9_-]{64})")]
    private static partial Regex Link();
}
