using System.Net;
using System.Text.Json.Nodes;
using Reciprocity.Host.Tests.Audits;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Sessions;

/// <summary>
/// Issue 20 through HTTP, as docs/api.md says: the safety "no" in a session's pair, leaving a session's pair (409),
/// and a pair the facilitator leaves out with a reason for their eyes alone, after which the next check-in goes on.
/// </summary>
public sealed class SessionSafetyContract(SqliteHostFixture host) : IClassFixture<SqliteHostFixture>
{
    [Fact]
    public async Task A_safety_no_in_a_family_pair_then_leaving_that_pair_out_lets_the_next_check_in_start()
    {
        var lee = await host.Person("Dr Lee");
        var sessionId = (await lee.Send(HttpMethod.Post, "/api/sessions", new { title = "The Riveras", kind = "family" }, HttpStatusCode.Created))["sessionId"]!.GetValue<Guid>();
        var (ana, anaSeat) = await Seated(lee, sessionId, "Ana");
        var (ben, benSeat) = await Seated(lee, sessionId, "Ben");
        var (cy, cySeat) = await Seated(lee, sessionId, "Cy");
        var pairs = (await lee.Send(HttpMethod.Get, $"/api/sessions/{sessionId}", null, HttpStatusCode.OK))["pairs"]!.AsArray();
        Guid PairOf(Guid a, Guid b) => pairs.Single(p => Holds(p!, a, b))!["pairId"]!.GetValue<Guid>();
        var (anaBen, anaCy, benCy) = (PairOf(anaSeat, benSeat), PairOf(anaSeat, cySeat), PairOf(benSeat, cySeat));

        await ana.SaveDraft(anaBen, AuditClient.Perspective("zq-ana-unsafe"));
        var benBefore = (await ben.View(anaBen)).ToJsonString();

        // The "no": 200 with the private reflection, whatever way the pair is shared; a stranger to the pair learns nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await cy.SendRaw(HttpMethod.Post, $"/api/relationships/{anaBen}/keep-private", null)).Status);
        var kept = await ana.Send(HttpMethod.Post, $"/api/relationships/{anaBen}/keep-private", null, HttpStatusCode.OK);
        Assert.True((await ana.View(kept["reflectionId"]!.GetValue<Guid>()))["solo"]!.GetValue<bool>());
        Assert.Equal(benBefore, (await ben.View(anaBen)).ToJsonString());
        Assert.Equal("inProgress", Status(await ben.Send(HttpMethod.Get, $"/api/sessions/{sessionId}", null, HttpStatusCode.OK), anaBen, anaSeat));
        var board = await lee.Send(HttpMethod.Get, $"/api/sessions/{sessionId}", null, HttpStatusCode.OK);
        Assert.Equal("keptPrivate", Status(board, anaBen, anaSeat));
        Assert.DoesNotContain("zq-ana-unsafe", board.ToJsonString(), StringComparison.Ordinal);

        // A session's pair is left through the session.
        Assert.Equal(HttpStatusCode.Conflict, (await ana.SendRaw(HttpMethod.Post, $"/api/relationships/{anaBen}/leave", null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await cy.SendRaw(HttpMethod.Post, $"/api/relationships/{anaBen}/leave", null)).Status);

        // Leaving the pair out: the facilitator's alone, the reason theirs alone.
        Assert.Equal(HttpStatusCode.NotFound, (await ben.SendRaw(HttpMethod.Post, $"/api/sessions/{sessionId}/pairs/{anaBen}/leave-out", """{"reason":"x"}""")).Status);
        var (badStatus, badBody) = await lee.SendRaw(HttpMethod.Post, $"/api/sessions/{sessionId}/pairs/{anaBen}/leave-out", """{"reason":"\u0007"}""");
        Assert.Equal(HttpStatusCode.BadRequest, badStatus);
        Assert.Contains("\"reason\"", badBody, StringComparison.Ordinal);
        var leftOut = await lee.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/pairs/{anaBen}/leave-out", new { reason = "zq-not-for-this-room" }, HttpStatusCode.OK);
        var pair = leftOut["pairs"]!.AsArray().Single(p => p!["pairId"]!.GetValue<Guid>() == anaBen)!;
        Assert.Equal((true, "zq-not-for-this-room"), (pair["leftOut"]!.GetValue<bool>(), pair["leftOutReason"]!.GetValue<string>()));
        var benSession = await ben.Send(HttpMethod.Get, $"/api/sessions/{sessionId}", null, HttpStatusCode.OK);
        Assert.True(benSession["pairs"]!.AsArray().Single(p => p!["pairId"]!.GetValue<Guid>() == anaBen)!["leftOut"]!.GetValue<bool>());
        Assert.DoesNotContain("zq-not-for-this-room", benSession.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await lee.SendRaw(HttpMethod.Post, $"/api/sessions/{sessionId}/pairs/{anaBen}/release", null)).Status);

        // The other pairs go on, pair by pair, and so does the next check-in.
        foreach (var (pairId, people) in new[] { (anaCy, new[] { ana, cy }), (benCy, new[] { ben, cy }) })
        {
            foreach (var person in people)
            {
                await person.SaveDraft(pairId, AuditClient.Perspective(person.PersonId.ToString()));
                await person.Submit(pairId);
            }

            await lee.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/pairs/{pairId}/release", null, HttpStatusCode.OK);
        }

        var released = await lee.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/pairs/{anaCy}/leave-out", new { reason = "late" }, HttpStatusCode.Conflict);
        Assert.NotNull(released["title"]);
        await lee.Send(HttpMethod.Put, $"/api/sessions/{sessionId}/notes", new { notes = "First check-in's notes" }, HttpStatusCode.OK);
        var next = await lee.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/check-ins", null, HttpStatusCode.OK);
        Assert.Equal(2, next["checkIn"]!.GetValue<int>());
        Assert.Equal("", next["notes"]!.GetValue<string>());
        Assert.Equal("First check-in's notes", next["earlierNotes"]![0]!["notes"]!.GetValue<string>());
        var report = await lee.Http.GetStringAsync(new Uri($"/api/sessions/{sessionId}/report?checkIn=1&notes=true", UriKind.Relative));
        Assert.Contains("First check-in's notes", report, StringComparison.Ordinal);
        Assert.DoesNotContain("zq-not-for-this-room", report, StringComparison.Ordinal);
        Assert.DoesNotContain("zq-ana-unsafe", report, StringComparison.Ordinal);
    }

    private static string Status(JsonNode session, Guid pairId, Guid seat) =>
        session["pairs"]!.AsArray().Single(p => p!["pairId"]!.GetValue<Guid>() == pairId)!["statuses"]![seat.ToString()]!.GetValue<string>();

    private async Task<(AuditClient Person, Guid SeatId)> Seated(AuditClient facilitator, Guid sessionId, string name)
    {
        var seat = await facilitator.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/participants", new { name }, HttpStatusCode.Created);
        var person = await host.Person(name);
        await person.Send(HttpMethod.Post, $"/api/seats/{seat["seatCode"]!.GetValue<string>()}/claim", null, HttpStatusCode.OK);
        return (person, seat["seatId"]!.GetValue<Guid>());
    }

    private static bool Holds(JsonNode pair, Guid a, Guid b)
    {
        var seats = pair["seats"]!.AsArray().Select(s => s!.GetValue<Guid>()).ToList();
        return seats.Contains(a) && seats.Contains(b);
    }
}
