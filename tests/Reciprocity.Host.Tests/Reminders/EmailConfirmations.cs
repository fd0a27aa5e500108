using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MimeKit;

namespace Reciprocity.Host.Tests.Reminders;

/// <summary>Reads confirmation emails off the test mail server and follows their link, as the address's owner does.</summary>
public static partial class EmailConfirmations
{
    public const string Subject = "Please confirm your email address for Reciprocity";

    /// <summary>The next confirmation email sent to <paramref name="address"/> (other mail arriving meanwhile is passed over).</summary>
    public static async Task<MimeMessage> Next(MailHostFixture host, string address)
    {
        while (true)
        {
            var message = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(await host.Mail.Next())));
            if (message.Subject == Subject && message.To.Mailboxes.Single().Address == address)
            {
                return message;
            }
        }
    }

    /// <summary>The secret of the link in a confirmation email.</summary>
    public static string Token(MimeMessage message) => Link().Match(message.TextBody ?? "").Groups[1].Value;

    /// <summary>Reads the confirmation sent to the address and presses the button of the page its link opens.</summary>
    public static async Task Confirm(MailHostFixture host, string address)
    {
        var token = Token(await Next(host, address));
        using var anonymous = host.Factory.CreateClient();
        using var confirmed = await anonymous.PostAsync($"/api/email/confirm/{token}", null);
        Assert.Equal(HttpStatusCode.NoContent, confirmed.StatusCode);
    }

    [GeneratedRegex("https://reciprocity.test/confirm-email/([A-Za-z0-9_-]{64})")]
    private static partial Regex Link();
}
