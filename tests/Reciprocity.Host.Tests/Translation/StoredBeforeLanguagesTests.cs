using System.Net;
using System.Text.Json.Nodes;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Translation;

/// <summary>A person stored before there were languages (issue 23) reads as English, and takes a language of their own.</summary>
public sealed class StoredBeforeLanguagesTests
{
    [Fact]
    public async Task A_person_stored_before_languages_reads_as_English_and_keeps_a_new_choice()
    {
        // The database of BoundedRowsTests, written with the code of commit ecf76b4: its people have no language.
        var fixture = Path.Combine(AppContext.BaseDirectory, "Storage", "WrittenBefore");
        var written = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(fixture, "written-by-today.json")))!;
        using var folder = new TempFolder();
        File.Copy(Path.Combine(fixture, "reciprocity.db"), Path.Combine(folder.Path, "reciprocity.db"));

        await using (var factory = await new ReciprocityFactory(folder.SqliteConnectionString).Ready())
        {
            var alex = Client(factory, written["alexKey"]!.GetValue<string>());
            Assert.Equal("en", (await alex.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK))["language"]!.GetValue<string>());
            await alex.Send(HttpMethod.Put, "/api/me/language", new { language = "ar" }, HttpStatusCode.OK);
        }

        await using var restarted = await new ReciprocityFactory(folder.SqliteConnectionString).Ready();
        Assert.Equal("ar", (await Client(restarted, written["alexKey"]!.GetValue<string>()).Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK))["language"]!.GetValue<string>());
        Assert.Equal("en", (await Client(restarted, written["samKey"]!.GetValue<string>()).Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK))["language"]!.GetValue<string>());
    }

    private static AuditClient Client(ReciprocityFactory factory, string key)
    {
        var client = new AuditClient(factory.CreateClient());
        client.UseKey(key);
        return client;
    }
}
