using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Reciprocity.Host.Tests.Infrastructure;
using Reciprocity.Host.Tests.Visibility;

namespace Reciprocity.Host.Tests.Audits;

/// <summary>
/// The round's steps answer the same over HTTP and over the hub: each scenario runs once each way, on fresh people, and
/// the answers' JSON is compared step by step (ids, times and trace ids aside), then read for what the contract says.
/// </summary>
public abstract partial class RoundStepsContract<THost>(THost host)
    where THost : AuditHostFixture
{
    private static readonly Dictionary<string, string> HubMethods = new()
    {
        ["submit"] = "Submit",
        ["withdraw"] = "Withdraw",
        ["confirm"] = "Confirm",
        ["rounds"] = "StartRound",
    };

    [Fact]
    public async Task A_round_answers_the_same_over_http_and_the_hub()
    {
        var overHttp = await AutoRound(person => Task.FromResult<Way>(new OverHttp(person)));
        var overHub = await AutoRound(async person => new OverHub(await HubWatcher.Connect(host.Factory.Server, person.AccessKey)));
        AssertSame(overHttp, overHub);

        var answers = overHttp.ToDictionary(a => a.Step, a => a.Answer);
        var first = Ok(answers["a note alone"]);
        Assert.Equal(["relationshipId", "round", "saved"], first.AsObject().Select(p => p.Key));
        Assert.Equal("""{"dimensions":{"initiation":{"note":"first words"}}}""", first["saved"]!.ToJsonString());
        Assert.Equal("""{"number":1,"myStatus":"inProgress","partnerStatus":"notStarted","revealed":false,"ready":false}""", first["round"]!.ToJsonString());

        // Merged on the server (the note stays), answered with only what this save named.
        Assert.Equal("""{"dimensions":{"initiation":{"score":2}},"overall":3}""", Ok(answers["a score and an overall"])["saved"]!.ToJsonString());

        Assert.Equal(["dimensions.initiation.score"], Fields(answers["a score out of range"]));
        Assert.Equal(["overall"], Fields(answers["a number written as a string"]));
        Assert.Equal(["dimensions.initiation.scor"], Fields(answers["an unknown field"]));
        Assert.Equal(["picture.text"], Fields(answers["a control character"]));
        Assert.Equal(["$"], Fields(answers["an array"]));
        Assert.Equal(["$"], Fields(answers["a string"]));
        Assert.Equal(["$"], Fields(answers["null"]));
        Assert.Equal(404, answers["a stranger's draft"].Status);
        Assert.Equal(404, answers["a stranger's submit"].Status);
        Assert.Equal(400, answers["a submit of an unfinished draft"].Status);
        Assert.Equal(409, answers["a withdraw before submitting"].Status);
        Assert.Equal(409, answers["a confirm under the auto policy"].Status);
        Assert.Equal(409, answers["a new round before the reveal"].Status);
        Assert.Equal(409, answers["a draft after submitting"].Status);

        var submitted = Ok(answers["Alex submits"]);
        Assert.Null(submitted["history"]);
        Assert.Equal(0, submitted["historyCount"]!.GetValue<int>());
        Assert.Equal("submitted", submitted["round"]!["myStatus"]!.GetValue<string>());
        Assert.Equal("alex initiation", submitted["round"]!["myDraft"]!["dimensions"]!["initiation"]!["note"]!.GetValue<string>());
        Assert.Equal("inProgress", Ok(answers["Alex withdraws"])["round"]!["myStatus"]!.GetValue<string>());

        var revealed = Ok(answers["Sam submits and reveals"]);
        Assert.Null(revealed["history"]);
        Assert.Equal(1, revealed["historyCount"]!.GetValue<int>());
        Assert.True(revealed["round"]!["revealed"]!.GetValue<bool>());
        Assert.Equal("alex initiation", revealed["round"]!["reveal"]!["theirs"]!["dimensions"]!["initiation"]!["note"]!.GetValue<string>());
        Assert.Equal("sam initiation", revealed["round"]!["reveal"]!["mine"]!["dimensions"]!["initiation"]!["note"]!.GetValue<string>());

        var next = Ok(answers["a new round"]);
        Assert.Null(next["history"]);
        Assert.Equal(2, next["round"]!["number"]!.GetValue<int>());
        Assert.Equal(1, next["historyCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Opening_together_answers_the_same_over_http_and_the_hub()
    {
        var overHttp = await TogetherRound(person => Task.FromResult<Way>(new OverHttp(person)));
        var overHub = await TogetherRound(async person => new OverHub(await HubWatcher.Connect(host.Factory.Server, person.AccessKey)));
        AssertSame(overHttp, overHub);

        var answers = overHttp.ToDictionary(a => a.Step, a => a.Answer);
        Assert.True(Ok(answers["Sam submits"])["round"]!["ready"]!.GetValue<bool>());
        var first = Ok(answers["Alex confirms"])["round"]!;
        Assert.False(first["revealed"]!.GetValue<bool>());
        Assert.Equal("confirmed", first["myStatus"]!.GetValue<string>());
        var opened = Ok(answers["Sam confirms and opens it"]);
        Assert.True(opened["round"]!["revealed"]!.GetValue<bool>());
        Assert.Null(opened["history"]);
        Assert.Equal(409, answers["a confirm after the reveal"].Status);
    }

    [Fact]
    public async Task A_refused_hub_step_sends_no_event_changes_nothing_and_no_answer_holds_the_others_draft()
    {
        var (alex, sam, relationshipId) = await host.Pair();
        var stranger = await host.Person("Jo");
        await using var alexHub = await HubWatcher.Connect(host.Factory.Server, alex.AccessKey);
        await using var samHub = await HubWatcher.Connect(host.Factory.Server, sam.AccessKey);
        await using var strangerHub = await HubWatcher.Connect(host.Factory.Server, stranger.AccessKey);
        await samHub.Connection.InvokeAsync<JsonElement>("Watch", relationshipId);
        var alexWay = new OverHub(alexHub);
        var samWay = new OverHub(samHub);

        Ok(await samWay.SaveDraft(relationshipId, Json(WholeAuditContract<SqliteHostFixture>.Sealed("qz-sam"))));
        Ok(await alexWay.SaveDraft(relationshipId, Json(WholeAuditContract<SqliteHostFixture>.Sealed("qz-alex"))));
        await StatusOf(samHub, alex.PersonId, "inProgress");
        var before = (await alex.View(relationshipId)).ToJsonString();
        var events = samHub.Received.Count;

        foreach (var refused in new[]
        {
            await alexWay.SaveDraft(relationshipId, """{"dimensions":{"initiation":{"score":9}}}"""),
            await alexWay.SaveDraft(relationshipId, """{"overall":"3"}"""),
            await alexWay.SaveDraft(relationshipId, """{"overal":3}"""),
            await alexWay.SaveDraft(relationshipId, """{"season":{"note":"a\u000bb"}}"""),
            await alexWay.SaveDraft(relationshipId, "[]"),
            await alexWay.Step(relationshipId, "withdraw"),
            await alexWay.Step(relationshipId, "confirm"),
            await alexWay.Step(relationshipId, "rounds"),
            await new OverHub(strangerHub).SaveDraft(relationshipId, """{"overall":1}"""),
            await new OverHub(strangerHub).Step(relationshipId, "submit"),
        })
        {
            Assert.NotEqual(200, refused.Status);
        }

        Assert.Equal(before, (await alex.View(relationshipId)).ToJsonString());

        // Every step that changes something tells the watchers once; the next event is the submit's, and the only one.
        Ok(await alexWay.Step(relationshipId, "submit"));
        await StatusOf(samHub, alex.PersonId, "submitted");
        Assert.Single(samHub.Received.Skip(events));

        VisibilityScan.BeforeTheReveal(1).Forbid(WholeAuditContract<SqliteHostFixture>.SealedTexts("qz-sam"))
            .AssertClean([.. alex.Received, .. alexHub.Messages], "Alex", ReceivedMessage.HubAnswer, ReceivedMessage.View);
        VisibilityScan.BeforeTheReveal(1).Forbid(WholeAuditContract<SqliteHostFixture>.SealedTexts("qz-alex"))
            .AssertClean([.. sam.Received, .. samHub.Messages], "Sam", ReceivedMessage.HubAnswer, ReceivedMessage.Result, "StatusChanged");
        VisibilityScan.ForAStranger().Forbid([.. WholeAuditContract<SqliteHostFixture>.SealedTexts("qz-alex"), .. WholeAuditContract<SqliteHostFixture>.SealedTexts("qz-sam")])
            .AssertClean([.. stranger.Received, .. strangerHub.Messages], "Jo", ReceivedMessage.HubAnswer);
    }

    [Fact]
    public async Task A_hub_step_with_a_replaced_key_is_refused_and_changes_nothing()
    {
        var (alex, _, relationshipId) = await host.Pair();
        await using var stale = await HubWatcher.Connect(host.Factory.Server, alex.AccessKey);
        Ok(await new OverHub(stale).SaveDraft(relationshipId, """{"overall":2}"""));
        var rotated = await alex.Send(HttpMethod.Post, "/api/me/key", null, HttpStatusCode.OK);
        alex.UseKey(rotated["accessKey"]!.GetValue<string>());
        var before = (await alex.View(relationshipId)).ToJsonString();

        // The rotation's notice ends the connection on this host, so the step finds it closed or is refused. (A host that
        // missed the notice, where only the step's own key check stands in the way: MissedRotationTests.)
        var refused = await Record(() => stale.Connection.InvokeAsync<JsonElement>("SaveDraft", relationshipId, JsonDocument.Parse("""{"overall":5}""").RootElement));
        Assert.NotNull(refused);
        Assert.True(refused is HubException or InvalidOperationException or TaskCanceledException, $"refused with {refused}");
        Assert.Equal(before, (await alex.View(relationshipId)).ToJsonString());
        Assert.Equal(2, (await alex.View(relationshipId))["round"]!["myDraft"]!["overall"]!.GetValue<int>());
    }

    [Fact]
    public async Task What_a_hub_step_answered_is_there_after_a_restart()
    {
        string alexKey, samKey;
        Guid relationshipId;
        await using (var first = await host.NewFactory(ownCluster: true).Ready())
        {
            var alex = await AuditClient.Create(first.CreateClient(), "Alex");
            var sam = await AuditClient.Create(first.CreateClient(), "Sam");
            (relationshipId, var code) = await alex.StartRelationship("Sam");
            await sam.Accept(code);
            await using var alexHub = await HubWatcher.Connect(first.Server, alex.AccessKey);
            await using var samHub = await HubWatcher.Connect(first.Server, sam.AccessKey);
            Ok(await new OverHub(alexHub).SaveDraft(relationshipId, Json(AuditClient.Perspective("alex-sealed"))));
            Ok(await new OverHub(alexHub).Step(relationshipId, "submit"));
            Ok(await new OverHub(samHub).SaveDraft(relationshipId, """{"dimensions":{"depth":{"note":"sam half-way"}}}"""));
            (alexKey, samKey) = (alex.AccessKey, sam.AccessKey);
        }

        await using var second = await host.NewFactory(ownCluster: true).Ready();
        var alexAgain = new AuditClient(second.CreateClient());
        alexAgain.UseKey(alexKey);
        var samAgain = new AuditClient(second.CreateClient());
        samAgain.UseKey(samKey);
        var alexRound = (await alexAgain.View(relationshipId))["round"]!;
        Assert.Equal("submitted", alexRound["myStatus"]!.GetValue<string>());
        Assert.Equal("alex-sealed initiation", alexRound["myDraft"]!["dimensions"]!["initiation"]!["note"]!.GetValue<string>());
        var samRound = (await samAgain.View(relationshipId))["round"]!;
        Assert.Equal("submitted", samRound["partnerStatus"]!.GetValue<string>());
        Assert.Equal("sam half-way", samRound["myDraft"]!["dimensions"]!["depth"]!["note"]!.GetValue<string>());
    }

    /// <summary>A shared round under the auto policy, with every refusal the contract names on the way.</summary>
    private async Task<List<(string Step, Answer Answer)>> AutoRound(Func<AuditClient, Task<Way>> way)
    {
        var (alex, sam, id) = await host.Pair();
        await using Way a = await way(alex), s = await way(sam), jo = await way(await host.Person("Jo"));
        var complete = (string marker) => Json(AuditClient.Perspective(marker));
        return await Steps(
            ("a note alone", () => a.SaveDraft(id, """{"dimensions":{"initiation":{"note":"first words"}}}""")),
            ("a score and an overall", () => a.SaveDraft(id, """{"dimensions":{"initiation":{"score":2}},"overall":3}""")),
            ("a score out of range", () => a.SaveDraft(id, """{"dimensions":{"initiation":{"score":9}}}""")),
            ("a number written as a string", () => a.SaveDraft(id, """{"overall":"3"}""")),
            ("an unknown field", () => a.SaveDraft(id, """{"dimensions":{"initiation":{"scor":3}}}""")),
            ("a control character", () => a.SaveDraft(id, """{"picture":{"text":"a\u000bb"}}""")),
            ("an array", () => a.SaveDraft(id, "[1]")),
            ("a string", () => a.SaveDraft(id, "\"x\"")),
            ("null", () => a.SaveDraft(id, "null")),
            ("a stranger's draft", () => jo.SaveDraft(id, """{"overall":3}""")),
            ("a stranger's submit", () => jo.Step(id, "submit")),
            ("a submit of an unfinished draft", () => a.Step(id, "submit")),
            ("a withdraw before submitting", () => a.Step(id, "withdraw")),
            ("a confirm under the auto policy", () => a.Step(id, "confirm")),
            ("a new round before the reveal", () => a.Step(id, "rounds")),
            ("Alex finishes", () => a.SaveDraft(id, complete("alex"))),
            ("Alex submits", () => a.Step(id, "submit")),
            ("a draft after submitting", () => a.SaveDraft(id, """{"overall":4}""")),
            ("Alex withdraws", () => a.Step(id, "withdraw")),
            ("Alex submits again", () => a.Step(id, "submit")),
            ("Sam finishes", () => s.SaveDraft(id, complete("sam"))),
            ("Sam submits and reveals", () => s.Step(id, "submit")),
            ("a new round", () => a.Step(id, "rounds")));
    }

    /// <summary>A shared round under the together policy, opened by the second confirmation.</summary>
    private async Task<List<(string Step, Answer Answer)>> TogetherRound(Func<AuditClient, Task<Way>> way)
    {
        var alex = await host.Person("Alex");
        var sam = await host.Person("Sam");
        var id = await alex.StartRelationship("Sam", solo: false, revealPolicy: "together");
        await sam.Accept(await alex.Invite(id));
        await using Way a = await way(alex), s = await way(sam);
        return await Steps(
            ("Alex finishes", () => a.SaveDraft(id, Json(AuditClient.Perspective("alex")))),
            ("Alex submits", () => a.Step(id, "submit")),
            ("Sam finishes", () => s.SaveDraft(id, Json(AuditClient.Perspective("sam", overall: 4)))),
            ("Sam submits", () => s.Step(id, "submit")),
            ("Alex confirms", () => a.Step(id, "confirm")),
            ("Sam confirms and opens it", () => s.Step(id, "confirm")),
            ("a confirm after the reveal", () => a.Step(id, "confirm")));
    }

    private static async Task<List<(string Step, Answer Answer)>> Steps(params (string Step, Func<Task<Answer>> Take)[] steps)
    {
        List<(string, Answer)> answers = [];
        foreach (var (step, take) in steps)
        {
            answers.Add((step, await take()));
        }

        return answers;
    }

    private static void AssertSame(List<(string Step, Answer Answer)> overHttp, List<(string Step, Answer Answer)> overHub)
    {
        Assert.Equal(overHttp.Select(a => a.Step), overHub.Select(a => a.Step));
        foreach (var ((step, http), (_, hub)) in overHttp.Zip(overHub))
        {
            Assert.True(http.Status == hub.Status, $"{step}: HTTP answered {http.Status}, the hub {hub.Status}: {hub.Body.ToJsonString()}");
            Assert.True(Comparable(http, http: true) == Comparable(hub, http: false), $"{step}: the answers differ.\nHTTP: {Comparable(http, http: true)}\nhub:  {Comparable(hub, http: false)}");
        }
    }

    /// <summary>
    /// The answer with what differs between two runs by nature taken out: ids and times, and the trace id of an HTTP
    /// problem (the hub's carries none, so one there would differ).
    /// </summary>
    private static string Comparable(Answer answer, bool http)
    {
        var body = answer.Body.DeepClone();
        if (http && body is JsonObject problem)
        {
            problem.Remove("traceId");
        }

        var json = body.ToJsonString();
        json = AnswerMasks.Ids().Replace(json, "<id>");
        return AnswerMasks.Times().Replace(json, "\"revealedAt\":\"<time>\"");
    }

    private static JsonNode Ok(Answer answer)
    {
        Assert.True(answer.Status == 200, $"answered {answer.Status}: {answer.Body.ToJsonString()}");
        return answer.Body;
    }

    private static List<string> Fields(Answer answer)
    {
        Assert.True(answer.Status == 400, $"answered {answer.Status}: {answer.Body.ToJsonString()}");
        return [.. answer.Body["errors"]!.AsObject().Select(e => e.Key)];
    }

    private static async Task StatusOf(HubWatcher watcher, Guid personId, string status)
    {
        // The accept's and earlier steps' events may still be on their way: skip to the one showing this status.
        while ((await watcher.Next("StatusChanged")).GetProperty("statuses").GetProperty(personId.ToString()).GetString() != status)
        {
        }
    }

    private static string Json(object value) => JsonSerializer.Serialize(value);

    private static async Task<Exception?> Record<T>(Func<Task<T>> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}

public sealed class RoundStepsOnSqlite(SqliteHostFixture host) : RoundStepsContract<SqliteHostFixture>(host), IClassFixture<SqliteHostFixture>;

public sealed class RoundStepsOnFrontend(FrontendHostFixture host) : RoundStepsContract<FrontendHostFixture>(host), IClassFixture<FrontendHostFixture>;
