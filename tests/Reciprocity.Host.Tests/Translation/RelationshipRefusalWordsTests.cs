using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Client;
using Reciprocity.Host.Tests.Audits;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Translation;

/// <summary>
/// The refusals of relationships and the rules in the reader's language (issue 23): the title and each field's words
/// over HTTP follow <c>Accept-Language</c>, over the hub the language stored with the caller; names stay values, counts
/// are written the language's way, and a language we do not offer reads English.
/// </summary>
public sealed class RelationshipRefusalWordsTests(SqliteHostFixture host) : IClassFixture<SqliteHostFixture>
{
    private const string OnlyOverall = """{"overall":2}""";

    [Fact]
    public async Task A_perspective_missing_answers_is_refused_in_German_title_and_every_field()
    {
        var (alex, _, relationshipId) = await host.Pair();
        alex.Http.DefaultRequestHeaders.Add("Accept-Language", "de-DE, en;q=0.5");
        await alex.Send(HttpMethod.Put, $"/api/relationships/{relationshipId}/draft", JsonNode.Parse(OnlyOverall), HttpStatusCode.OK);

        var refused = await Refused(alex, HttpMethod.Post, $"/api/relationships/{relationshipId}/submit", null, HttpStatusCode.BadRequest);

        Assert.Equal("Ein paar Antworten fehlen noch, bevor du teilen kannst.", refused["title"]!.GetValue<string>());
        const string Score = "Bitte wähle eine Einschätzung von 1 bis 5.";
        AssertFields(refused, new()
        {
            ["dimensions.initiation.score"] = [Score],
            ["dimensions.depth.score"] = [Score],
            ["dimensions.crisisResponse.score"] = [Score],
            ["dimensions.maintenance.score"] = [Score],
            ["picture.kind"] = ["Bitte wähle, ob das ein gegenseitiges Muster ist, das ihr aufbauen wollt, oder eine Grenze, die du brauchst."],
            ["picture.text"] = ["Bei einer Gesamteinschätzung von 1 oder 2 beschreib bitte, wie Gegenseitigkeit aussehen würde."],
        });

        // A limit is a number written the German way.
        var tooLong = await Refused(alex, HttpMethod.Put, $"/api/relationships/{relationshipId}/draft", TooLongNote(), HttpStatusCode.BadRequest);
        Assert.Equal("Einige Antworten brauchen noch einen Blick.", tooLong["title"]!.GetValue<string>());
        AssertFields(tooLong, new() { ["dimensions.depth.note"] = ["Bitte halte das bei höchstens 2.000 Zeichen."] });
    }

    [Fact]
    public async Task A_used_invite_and_an_invite_already_out_are_refused_in_Spanish_with_the_name_as_written()
    {
        var alex = await host.Person("Alex");
        var sam = await host.Person("Sam");
        var (_, code) = await alex.StartRelationship("Sam");
        await sam.Accept(code);
        var jo = await host.Person("Jo");
        jo.Http.DefaultRequestHeaders.Add("Accept-Language", "es-MX");

        var used = await Refused(jo, HttpMethod.Post, $"/api/invites/{code}/accept", null, HttpStatusCode.Gone);
        Assert.Equal("Esta invitación ya se ha usado.", used["title"]!.GetValue<string>());
        Assert.Equal("Esta invitación ya se ha usado.", (await Refused(jo, HttpMethod.Get, $"/api/invites/{code}", null, HttpStatusCode.Gone))["title"]!.GetValue<string>());

        alex.Http.DefaultRequestHeaders.Add("Accept-Language", "es");
        var (other, _) = await alex.StartRelationship("Robin Ñúñez");
        var stillOut = await Refused(alex, HttpMethod.Post, $"/api/relationships/{other}/invite", null, HttpStatusCode.Conflict);
        Assert.Equal(
            "Ya hay una invitación enviada para Robin Ñúñez. Envía el enlace que creaste o crea uno nuevo: entonces el enlace anterior deja de funcionar.",
            stillOut["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_limit_of_relationships_is_refused_in_Arabic_with_its_count()
    {
        var alex = await host.Person("Alex");
        for (var i = 0; i < 100; i++)
        {
            await alex.StartRelationship($"Friend {i}");
        }

        alex.Http.DefaultRequestHeaders.Add("Accept-Language", "ar");
        var full = await Refused(alex, HttpMethod.Post, "/api/relationships", JsonNode.Parse("""{"kind":"closeFriend","partnerName":"One more"}"""), HttpStatusCode.Conflict);
        Assert.Equal("لديك بالفعل 100 علاقة، وهو أقصى عدد من العلاقات يمكن أن يكون لشخص واحد هنا.", full["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_round_step_over_the_hub_is_refused_in_each_caller_s_stored_language()
    {
        var (alex, sam, relationshipId) = await host.Pair();
        await alex.Send(HttpMethod.Put, "/api/me/language", new { language = "ar" }, HttpStatusCode.OK);
        await alex.SaveDraft(relationshipId, AuditClient.Perspective("alex"));
        await alex.Submit(relationshipId);

        // The hub's requests carry no language of the app's choosing: the one stored with each caller decides.
        await using var alexHub = await HubWatcher.Connect(host.Factory.Server, alex.AccessKey);
        using var draft = JsonDocument.Parse(OnlyOverall);
        var saved = await alexHub.Connection.InvokeAsync<JsonElement>("SaveDraft", relationshipId, draft.RootElement);
        Assert.Equal(409, saved.GetProperty("status").GetInt32());
        Assert.Equal("هذه المراجعة مُشارَكة بالفعل. لتغييرها، يمكنك استعادتها أولًا.", saved.GetProperty("body").GetProperty("title").GetString());

        await using var samHub = await HubWatcher.Connect(host.Factory.Server, sam.AccessKey);
        var confirmed = await samHub.Connection.InvokeAsync<JsonElement>("Confirm", relationshipId);
        Assert.Equal(409, confirmed.GetProperty("status").GetInt32());
        Assert.Equal("This relationship opens as soon as you have both finished; there is nothing to confirm.", confirmed.GetProperty("body").GetProperty("title").GetString());

        Assert.Equal("submitted", (await alex.View(relationshipId))["round"]!["myStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_language_we_do_not_offer_reads_the_refusal_in_English_word_for_word()
    {
        var (alex, _, relationshipId) = await host.Pair();
        alex.Http.DefaultRequestHeaders.Add("Accept-Language", "fr-FR, fr;q=0.9");
        await alex.Send(HttpMethod.Put, $"/api/relationships/{relationshipId}/draft", JsonNode.Parse(OnlyOverall), HttpStatusCode.OK);

        var refused = await Refused(alex, HttpMethod.Post, $"/api/relationships/{relationshipId}/submit", null, HttpStatusCode.BadRequest);
        Assert.Equal("A few answers are still needed before you can submit.", refused["title"]!.GetValue<string>());
        Assert.Equal(["Please choose a score from 1 to 5."], Words(refused, "dimensions.depth.score"));
        Assert.Equal(["With an overall score of 1 or 2, please describe what reciprocity would look like."], Words(refused, "picture.text"));

        var tooLong = await Refused(alex, HttpMethod.Put, $"/api/relationships/{relationshipId}/draft", TooLongNote(), HttpStatusCode.BadRequest);
        AssertFields(tooLong, new() { ["dimensions.depth.note"] = ["Please keep this to 2,000 characters or fewer."] });
    }

    private static JsonObject TooLongNote() => new JsonObject { ["dimensions"] = new JsonObject { ["depth"] = new JsonObject { ["note"] = new string('a', 2_001) } } };

    private static async Task<JsonNode> Refused(AuditClient person, HttpMethod method, string path, JsonNode? body, HttpStatusCode expected)
    {
        var (status, text) = await person.SendRaw(method, path, body?.ToJsonString());
        Assert.True(status == expected, $"{method} {path} answered {(int)status}, expected {(int)expected}: {text}");
        return JsonNode.Parse(text)!;
    }

    private static void AssertFields(JsonNode problem, Dictionary<string, string[]> expected)
    {
        var errors = problem["errors"]!.AsObject();
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        foreach (var (field, words) in expected)
        {
            Assert.Equal(words, Words(problem, field));
        }
    }

    private static string[] Words(JsonNode problem, string field) => [.. problem["errors"]![field]!.AsArray().Select(word => word!.GetValue<string>())];
}
