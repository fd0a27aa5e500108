using System.Net;
using System.Text.Json.Nodes;
using Reciprocity.Host.Tests.Audits;
using Reciprocity.Host.Tests.Infrastructure;
using Reciprocity.Host.Tests.Visibility;

namespace Reciprocity.Host.Tests.Translation;

/// <summary>The person's language (issue 23): chosen at creation or from Accept-Language, answered by GET /api/me, changed by PUT /api/me/language.</summary>
public sealed class PersonLanguageTests(SqliteHostFixture host) : IClassFixture<SqliteHostFixture>
{
    [Theory]
    [InlineData(null, "en")]
    [InlineData("fr-CA, es-MX;q=0.9, de;q=0.5", "es")]
    [InlineData("de-DE;q=0.4, ar;q=0.8", "ar")]
    [InlineData("fr, *;q=0.1", "en")]
    [InlineData("es;q=0, de", "de")]
    public async Task A_person_created_without_a_language_starts_in_the_best_match_of_Accept_Language(string? acceptLanguage, string expected)
    {
        var http = host.Factory.CreateClient();
        if (acceptLanguage is not null)
        {
            http.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);
        }

        var person = await AuditClient.Create(http, "Ana");
        Assert.Equal(expected, (await person.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK))["language"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_language_given_at_creation_wins_over_the_browser_and_an_unsupported_one_creates_nobody()
    {
        var http = host.Factory.CreateClient();
        http.DefaultRequestHeaders.Add("Accept-Language", "es");
        var anonymous = new AuditClient(http);

        var refused = await anonymous.Send(HttpMethod.Post, "/api/people", new { displayName = "Ana", language = "fr" }, HttpStatusCode.BadRequest);
        Assert.NotNull(refused["errors"]!["language"]);
        Assert.Null(refused["errors"]!["displayName"]);

        var created = await anonymous.Send(HttpMethod.Post, "/api/people", new { displayName = "Ana", language = "ar" }, HttpStatusCode.Created);
        anonymous.UseKey(created["accessKey"]!.GetValue<string>());
        Assert.Equal("ar", (await anonymous.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK))["language"]!.GetValue<string>());
        VisibilityScan.ForAStranger().AssertClean(anonymous.Received, "a new person", ReceivedMessage.Me, ReceivedMessage.Person);
    }

    [Fact]
    public async Task A_person_changes_their_language_and_anything_unsupported_changes_nothing()
    {
        var person = await host.Person("Ben");
        var changed = await person.Send(HttpMethod.Put, "/api/me/language", new { language = "de" }, HttpStatusCode.OK);
        Assert.Equal("""{"language":"de"}""", changed.ToJsonString());
        Assert.Equal("de", (await person.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK))["language"]!.GetValue<string>());

        // Safe to send twice.
        await person.Send(HttpMethod.Put, "/api/me/language", new { language = "de" }, HttpStatusCode.OK);

        foreach (var body in new[] { """{"language":"fr"}""", """{"language":"DE"}""", """{"language":"de-DE"}""", """{"language":null}""", "{}" })
        {
            var (status, answer) = await person.SendRaw(HttpMethod.Put, "/api/me/language", body);
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.NotNull(JsonNode.Parse(answer)!["errors"]!["language"]);
        }

        Assert.Equal("de", (await person.Send(HttpMethod.Get, "/api/me", null, HttpStatusCode.OK))["language"]!.GetValue<string>());
        var export = await person.Send(HttpMethod.Get, "/api/me/export", null, HttpStatusCode.OK);
        Assert.Equal("de", export["person"]!["language"]!.GetValue<string>());
        VisibilityScan.BeforeTheReveal().AssertClean(person.Received, "a person choosing a language", ReceivedMessage.Me, ReceivedMessage.Language, ReceivedMessage.Export);

        var keyless = new AuditClient(host.Factory.CreateClient());
        Assert.Equal(HttpStatusCode.Unauthorized, (await keyless.SendRaw(HttpMethod.Put, "/api/me/language", """{"language":"es"}""")).Status);
    }

    [Theory]
    [InlineData("de-AT, en;q=0.5", "Einige Antworten brauchen noch einen Blick.")]
    [InlineData("es", "Algunas respuestas necesitan otra mirada.")]
    [InlineData("ar", "بعض الإجابات تحتاج إلى نظرة أخرى.")]
    [InlineData("fr", "Some answers need another look.")]
    public async Task A_problem_title_a_person_sees_follows_Accept_Language_and_its_type_and_fields_do_not(string acceptLanguage, string title)
    {
        var person = await host.Person("Kim");
        person.Http.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);

        var (status, body) = await person.SendRaw(HttpMethod.Put, "/api/me/language", """{"language":"klingon"}""");
        var problem = JsonNode.Parse(body)!;
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(title, problem["title"]!.GetValue<string>());
        Assert.Equal("https://tools.ietf.org/html/rfc9110#section-15.5.1", problem["type"]!.GetValue<string>());
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        Assert.NotNull(problem["errors"]!["language"]);
    }

    [Fact]
    public async Task A_title_of_the_host_itself_follows_Accept_Language_too()
    {
        var person = await host.Person("Jo");
        person.Http.DefaultRequestHeaders.Add("Accept-Language", "de");
        var (status, body) = await person.SendRaw(HttpMethod.Get, "/api/nothing-here", null);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Hier ist nichts.", JsonNode.Parse(body)!["title"]!.GetValue<string>());
    }
}
