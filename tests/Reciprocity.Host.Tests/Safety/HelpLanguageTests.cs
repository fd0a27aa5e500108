using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Reciprocity.Host.Api.Safety;
using Reciprocity.Host.Tests.Audits;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Safety;

/// <summary>
/// The help behind the safety check in the reader's language (issue 23): the general advice worded from the host's
/// catalogue by <c>Accept-Language</c>, and the operator's local resources per language (<c>Safety:Resources:&lt;language&gt;</c>)
/// beside the list for every language (<c>Safety:Resources</c>, read as before).
/// </summary>
public sealed class HelpLanguageTests(SqliteHostFixture host) : IClassFixture<SqliteHostFixture>
{
    [Theory]
    [InlineData("es", "Si estás en peligro ahora", "Habla con alguien de confianza")]
    [InlineData("es-MX, en;q=0.5", "Si estás en peligro ahora", "Habla con alguien de confianza")]
    [InlineData("de", "Wenn du jetzt in Gefahr bist", "Sprich mit jemandem, dem du vertraust")]
    [InlineData("ar", "إن كنت في خطر الآن", "تحدّث إلى شخص تثق به")]
    [InlineData("fr", "If you are in danger now", "Talk to someone you trust")]
    [InlineData(null, "If you are in danger now", "Talk to someone you trust")]
    public async Task The_general_help_is_worded_in_the_language_the_reader_asks_for(string? acceptLanguage, string first, string third)
    {
        var (help, response) = await Help(host.Factory.CreateClient(), acceptLanguage);

        var resources = help["resources"]!.AsArray();
        Assert.Equal(4, resources.Count);
        Assert.Equal(first, resources[0]!["name"]!.GetValue<string>());
        Assert.Equal(third, resources[2]!["name"]!.GetValue<string>());
        Assert.All(resources, resource => Assert.False(string.IsNullOrWhiteSpace(resource!["description"]!.GetValue<string>())));
        Assert.Equal("https://findahelpline.com/", resources[1]!["url"]!.GetValue<string>());
        Assert.Equal("https://weather.com/", help["quickExitUrl"]!.GetValue<string>());
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Fact]
    public async Task Each_language_reads_the_operator_s_resources_for_it_and_the_others_the_list_for_every_language()
    {
        using var folder = new TempFolder();
        await using var configured = await new ReciprocityFactory(folder.SqliteConnectionString, settings: new Dictionary<string, string>
        {
            ["Safety:Resources:0:Name"] = "Local line",
            ["Safety:Resources:0:Description"] = "Open day and night.",
            ["Safety:Resources:0:Phone"] = "0800 000 000",
            ["Safety:Resources:es:0:Name"] = "Línea local",
            ["Safety:Resources:es:0:Description"] = "Abierta día y noche.",
            ["Safety:Resources:es:0:Phone"] = "0800 000 001",
            ["Safety:Resources:es:1:Name"] = "Centro de la ciudad",
            ["Safety:Resources:es:1:Description"] = "Sin cita previa.",
            ["Safety:Resources:es:1:Url"] = "https://example.org/es",
            ["Safety:Resources:AR:0:Name"] = "خط محلي",
            ["Safety:Resources:AR:0:Description"] = "مفتوح ليلًا ونهارًا.",
            ["Safety:QuickExitUrl"] = "https://example.org/news",
        }).Ready();
        var http = configured.CreateClient();

        var spanish = (await Help(http, "es")).Help["resources"]!.AsArray();
        Assert.Equal(["Línea local", "Centro de la ciudad"], spanish.Select(r => r!["name"]!.GetValue<string>()));
        Assert.Equal("0800 000 001", spanish[0]!["phone"]!.GetValue<string>());
        Assert.Equal("https://example.org/es", spanish[1]!["url"]!.GetValue<string>());
        Assert.Equal("خط محلي", Assert.Single((await Help(http, "ar")).Help["resources"]!.AsArray())!["name"]!.GetValue<string>());
        foreach (var reader in new[] { "de", "en", "fr" })
        {
            var (help, _) = await Help(http, reader);
            Assert.Equal("Local line", Assert.Single(help["resources"]!.AsArray())!["name"]!.GetValue<string>());
            Assert.Equal("https://example.org/news", help["quickExitUrl"]!.GetValue<string>());
        }
    }

    [Fact]
    public void Without_a_list_for_every_language_a_reader_gets_another_language_s_local_resources_before_general_advice()
    {
        var local = LocalHelp.Read(Settings(new()
        {
            ["Safety:Resources:de:0:Name"] = "Hilfetelefon",
            ["Safety:Resources:de:0:Description"] = "Rund um die Uhr.",
            ["Safety:Resources:de:0:Phone"] = "116 016",
        }));

        Assert.Equal("Hilfetelefon", Assert.Single(local.For("en")!).Name);
        Assert.Equal("Hilfetelefon", Assert.Single(local.For("ar")!).Name);
        Assert.Null(LocalHelp.Read(Settings([])).For("es"));
    }

    [Fact]
    public void A_key_that_is_neither_a_number_nor_a_language_is_set_aside_and_a_nameless_resource_skipped()
    {
        var local = LocalHelp.Read(Settings(new()
        {
            ["Safety:Resources:0:Name"] = "Local line",
            ["Safety:Resources:0:Description"] = "Open day and night.",
            ["Safety:Resources:1:Description"] = "A resource without a name.",
            ["Safety:Resources:fr:0:Name"] = "Ligne locale",
            ["Safety:Resources:Name"] = "Not a resource",
        }));

        Assert.Equal(["Safety:Resources:Name", "Safety:Resources:fr"], local.SetAside.Order(StringComparer.Ordinal));
        Assert.Equal("Local line", Assert.Single(local.For("en")!).Name);
        Assert.Equal("Local line", Assert.Single(local.For("es")!).Name);
    }

    [Fact]
    public void The_appsettings_shape_operations_md_shows_reads_as_a_list_for_everyone_and_lists_by_language()
    {
        const string json = """
            { "Safety": { "Resources": {
              "0": { "Name": "In danger now", "Description": "Call 999.", "Phone": "999" },
              "es": [ { "Name": "Si estás en peligro ahora", "Description": "Llama al 999.", "Phone": "999" } ],
              "ar": [ { "Name": "إن كنت في خطر الآن", "Description": "اتصل بالرقم 999.", "Phone": "999" } ] } } }
            """;
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        var local = LocalHelp.Read(new ConfigurationBuilder().AddJsonStream(stream).Build());

        Assert.Equal("Si estás en peligro ahora", Assert.Single(local.For("es")!).Name);
        Assert.Equal("إن كنت في خطر الآن", Assert.Single(local.For("ar")!).Name);
        Assert.Equal("In danger now", Assert.Single(local.For("de")!).Name);
        Assert.Empty(local.SetAside);
    }

    private static IConfiguration Settings(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private static async Task<(JsonNode Help, HttpResponseMessage Response)> Help(HttpClient http, string? acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/help", UriKind.Relative));
        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }

        var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (JsonNode.Parse(await response.Content.ReadAsStringAsync())!, response);
    }
}
