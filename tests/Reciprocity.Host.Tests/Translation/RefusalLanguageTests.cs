using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Reciprocity.Host.Tests.Audits;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Translation;

/// <summary>
/// Refusals of sessions, practice and people, and the host's own problems, in the reader's language (issue 23):
/// <c>Accept-Language</c> over HTTP, the person's stored language over the hub; a language the host does not speak
/// reads English. Names are values of the message, never translated.
/// </summary>
public sealed class RefusalLanguageTests(SqliteHostFixture host) : IClassFixture<SqliteHostFixture>
{
    [Theory]
    [InlineData("es-MX, en;q=0.5", "Este lugar ya está ocupado.")]
    [InlineData("ar", "هذا المقعد محجوز من قبل.")]
    [InlineData("fr", "This seat has already been taken.")]
    public async Task A_taken_seat_says_so_in_the_language_the_request_asks_for(string acceptLanguage, string title)
    {
        var (_, _, code) = await CoupleSessionWithSamSeated();
        var alex = await host.Person("Alex");
        alex.Http.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);

        var (status, body) = await alex.SendRaw(HttpMethod.Post, $"/api/seats/{code}/claim", null);
        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Equal(title, Problem(body)["title"]!.GetValue<string>());
        Assert.Equal("https://tools.ietf.org/html/rfc9110#section-15.5.11", Problem(body)["type"]!.GetValue<string>());

        using var anonymous = host.Factory.CreateClient();
        anonymous.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);
        using var page = await anonymous.GetAsync(new Uri($"/api/seats/{code}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Equal(title, Problem(await page.Content.ReadAsStringAsync())["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_session_s_rules_read_in_German_with_the_seat_s_name_as_it_was_given()
    {
        var (lee, sessionId, _) = await CoupleSessionWithSamSeated();
        lee.Http.DefaultRequestHeaders.Add("Accept-Language", "de");
        var view = await lee.Send(HttpMethod.Get, $"/api/sessions/{sessionId}", null, HttpStatusCode.OK);
        var samSeat = view["participants"]!.AsArray().Single(seat => seat!["name"]!.GetValue<string>() == "Sam Ortíz")!["seatId"]!.GetValue<Guid>();

        var (status, body) = await lee.SendRaw(HttpMethod.Post, $"/api/sessions/{sessionId}/seats/{samSeat}/code", null);
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("Sam Ortíz hat diesen Platz schon eingenommen.", Problem(body)["title"]!.GetValue<string>());

        await lee.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/participants", new { name = "Alex" }, HttpStatusCode.Created);
        (status, body) = await lee.SendRaw(HttpMethod.Post, $"/api/sessions/{sessionId}/participants", """{"name":"Kim"}""");
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("Eine Paarsitzung hat zwei Plätze, und beide gibt es schon.", Problem(body)["title"]!.GetValue<string>());

        (status, body) = await lee.SendRaw(HttpMethod.Post, "/api/sessions", """{"title":"Die Riveras"}""");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Einige Antworten brauchen noch einen Blick.", Problem(body)["title"]!.GetValue<string>());
        Assert.Equal(["Bitte wähle eine Paar- oder eine Familiensitzung."], Messages(body, "kind"));

        (status, body) = await lee.SendRaw(HttpMethod.Get, $"/api/sessions/{sessionId}/family-summary?checkIn=first", null);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["Bitte gib den Check-in als ganze Zahl an."], Messages(body, "checkIn"));
    }

    [Fact]
    public async Task A_JSON_body_problem_names_its_field_in_Arabic()
    {
        var person = await host.Person("Noor");
        person.Http.DefaultRequestHeaders.Add("Accept-Language", "ar");

        var (status, body) = await person.SendRaw(HttpMethod.Post, "/api/sessions", """{"title":"عائلة","kind":"family","colour":"blue"}""");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("بعض الإجابات تحتاج إلى نظرة أخرى.", Problem(body)["title"]!.GetValue<string>());
        Assert.Equal(["هذا الحقل غير معروف لدينا؛ يُرجى التحقق من اسمه وكتابته."], Messages(body, "colour"));

        (status, body) = await person.SendRaw(HttpMethod.Post, "/api/sessions", """{"title":"عائلة","kind":"trio"}""");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["هذه القيمة ليست بالصيغة المتوقعة."], Messages(body, "kind"));

        (status, body) = await person.SendRaw(HttpMethod.Post, "/api/sessions", "[]");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["هذه القيمة ليست بالصيغة المتوقعة."], Messages(body, "$"));
    }

    [Theory]
    [InlineData("es", "Aquí solo podemos leer JSON.", "Envía el contenido como JSON, con la cabecera Content-Type: application/json.")]
    [InlineData("fr", "We can only read JSON here.", "Please send the body as JSON, with the header Content-Type: application/json.")]
    public async Task A_body_that_is_not_JSON_answers_415_in_the_request_s_language(string acceptLanguage, string title, string detail)
    {
        var person = await host.Person("Lu");
        person.Http.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);

        var (status, body) = await person.SendRaw(HttpMethod.Post, "/api/sessions", "title=Us", "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal(title, Problem(body)["title"]!.GetValue<string>());
        Assert.Equal(detail, Problem(body)["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Too_many_requests_answer_429_in_Spanish()
    {
        // The sign-in limit is per client address; no other test of this class asks for a sign-in link.
        using var http = host.Factory.CreateClient();
        http.DefaultRequestHeaders.Add("Accept-Language", "es");
        var asker = new AuditClient(http);
        for (var i = 0; i < 20; i++)
        {
            var (status, body) = await asker.SendRaw(HttpMethod.Post, "/api/sign-in/email", """{"email":"nobody"}""");
            if (status == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("Han llegado muchas solicitudes a la vez.", Problem(body)["title"]!.GetValue<string>());
                Assert.Equal("Espera un momento e inténtalo de nuevo.", Problem(body)["detail"]!.GetValue<string>());
                return;
            }
        }

        Assert.Fail("The sign-in limit never answered 429.");
    }

    [Fact]
    public async Task Over_the_hub_a_refusal_reads_in_the_caller_s_stored_language()
    {
        var (_, sessionId, _) = await CoupleSessionWithSamSeated();
        var noor = await host.Person("Noor");
        await noor.Send(HttpMethod.Put, "/api/me/language", new { language = "ar" }, HttpStatusCode.OK);
        await using var hub = await HubWatcher.Connect(host.Factory.Server, noor.AccessKey);

        // A Watch of a session that is not hers: the hub's refusal, in Arabic, though the connection asked for nothing.
        var refusal = await Assert.ThrowsAsync<HubException>(() => hub.Connection.InvokeAsync<JsonElement>("WatchSession", sessionId));
        Assert.EndsWith("لم نجد ذلك.", refusal.Message, StringComparison.Ordinal);

        // A round's step answered with its problem: the body's field in Arabic.
        var relationshipId = await noor.StartRelationship("Reflection", solo: true);
        using var perspective = JsonDocument.Parse("""{"overal":5}""");
        var answer = await hub.Connection.InvokeAsync<JsonElement>("SaveDraft", relationshipId, perspective.RootElement);
        Assert.Equal(400, answer.GetProperty("status").GetInt32());
        var problem = answer.GetProperty("body");
        Assert.Equal("بعض الإجابات تحتاج إلى نظرة أخرى.", problem.GetProperty("title").GetString());
        Assert.Equal("هذا الحقل غير معروف لدينا؛ يُرجى التحقق من اسمه وكتابته.", problem.GetProperty("errors").GetProperty("overal")[0].GetString());

        // Changed to German, the next refusal follows.
        await noor.Send(HttpMethod.Put, "/api/me/language", new { language = "de" }, HttpStatusCode.OK);
        refusal = await Assert.ThrowsAsync<HubException>(() => hub.Connection.InvokeAsync<JsonElement>("WatchSession", sessionId));
        Assert.EndsWith("Das haben wir nicht gefunden.", refusal.Message, StringComparison.Ordinal);
    }

    /// <summary>A couple session of Dr Lee's whose seat for "Sam Ortíz" Sam has claimed; its seat code.</summary>
    private async Task<(AuditClient Lee, Guid SessionId, string Code)> CoupleSessionWithSamSeated()
    {
        var lee = await host.Person("Dr Lee");
        var sessionId = (await lee.Send(HttpMethod.Post, "/api/sessions", new { title = "Us two", kind = "couple" }, HttpStatusCode.Created))["sessionId"]!.GetValue<Guid>();
        var code = (await lee.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/participants", new { name = "Sam Ortíz" }, HttpStatusCode.Created))["seatCode"]!.GetValue<string>();
        var sam = await host.Person("Sam");
        await sam.Send(HttpMethod.Post, $"/api/seats/{code}/claim", null, HttpStatusCode.OK);
        return (lee, sessionId, code);
    }

    private static JsonNode Problem(string body) => JsonNode.Parse(body)!;

    private static string[] Messages(string body, string field) =>
        [.. Problem(body)["errors"]![field]!.AsArray().Select(message => message!.GetValue<string>())];
}
