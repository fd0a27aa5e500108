using System.Net;
using Reciprocity.Host.Tests.Audits;

namespace Reciprocity.Host.Tests.Translation;

/// <summary>
/// The pages an email's links open (confirming an address, stopping reminders) speak the language the person's browser
/// asks for, mirrored for Arabic, and English for a language the host does not speak (issue 23).
/// </summary>
public sealed class LinkPageWordsTests(SqliteHostFixture host) : IClassFixture<SqliteHostFixture>
{
    [Theory]
    [InlineData("/confirm-email/", "ar", "<html lang=\"ar\" dir=\"rtl\">", "<h1>إرسال تذكيرات Reciprocity إلى هذا العنوان؟</h1>", "نعم، إرسال التذكيرات إلى هنا")]
    [InlineData("/unsubscribe/", "es-MX", "<html lang=\"es\" dir=\"ltr\">", "<h1>¿Dejar de recibir recordatorios por correo?</h1>", "Dejar de recibir recordatorios")]
    [InlineData("/unsubscribe/", "fr", "<html lang=\"en\" dir=\"ltr\">", "<h1>Stop reminder emails?</h1>", "Stop reminder emails")]
    public async Task A_link_s_page_asks_in_the_browser_s_language(string path, string acceptLanguage, string html, string heading, string button)
    {
        var page = await Open(HttpMethod.Get, path + SecretCode.Create(Guid.NewGuid()).Code, acceptLanguage);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(html, page.Html, StringComparison.Ordinal);
        Assert.Contains(heading, page.Html, StringComparison.Ordinal);
        Assert.Contains($"<button type=\"submit\">{button}</button>", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_that_no_longer_works_says_so_in_German()
    {
        var pressed = await Open(HttpMethod.Post, "/confirm-email/" + SecretCode.Create(Guid.NewGuid()).Code, "de-AT");
        Assert.Equal(HttpStatusCode.NotFound, pressed.Status);
        Assert.Contains("<h1>Dieser Link funktioniert nicht mehr</h1>", pressed.Html, StringComparison.Ordinal);
        Assert.Contains("Du kannst in Reciprocity einen neuen anfordern.", pressed.Html, StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode Status, string Html)> Open(HttpMethod method, string path, string acceptLanguage)
    {
        using var http = host.Factory.CreateClient();
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Accept-Language", acceptLanguage);
        using var answer = await http.SendAsync(request);
        return (answer.StatusCode, await answer.Content.ReadAsStringAsync());
    }
}
