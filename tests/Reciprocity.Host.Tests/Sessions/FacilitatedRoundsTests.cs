using System.Net;
using Reciprocity.Host.Tests.Audits;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Sessions;

/// <summary>
/// Issue 26, item 7: only the facilitator's check-ins move a facilitated pair. A participant asking for the next round
/// (rounds 2 to 4) is refused with plain words and nothing moves; the facilitator's check-in 2 then starts round 2, and
/// the report of check-in 2 holds it.
/// </summary>
public sealed class FacilitatedRoundsTests(SqliteHostFixture host) : IClassFixture<SqliteHostFixture>
{
    [Fact]
    public async Task Only_the_facilitators_check_in_starts_the_next_round_of_a_facilitated_pair()
    {
        var lee = await host.Person("Dr Lee");
        var sessionId = (await lee.Send(HttpMethod.Post, "/api/sessions", new { title = "Tuesdays", kind = "couple" }, HttpStatusCode.Created))["sessionId"]!.GetValue<Guid>();
        var sam = await Seated(lee, sessionId, "Sam");
        var alex = await Seated(lee, sessionId, "Alex");
        var pairId = (await lee.Send(HttpMethod.Get, $"/api/sessions/{sessionId}", null, HttpStatusCode.OK))["pairs"]![0]!["relationshipId"]!.GetValue<Guid>();
        await Released(lee, sessionId, sam, alex, pairId, "first");

        // Rounds 2, 3 and 4 asked for by the participants: each refused, in words, and the pair stays in round 1.
        foreach (var participant in new[] { sam, alex, sam })
        {
            var refused = await participant.SendRaw(HttpMethod.Post, $"/api/relationships/{pairId}/rounds", null);
            Assert.Equal(HttpStatusCode.Conflict, refused.Status);
            Assert.Contains("facilitator starts the next round", refused.Body, StringComparison.Ordinal);
        }

        Assert.Equal(1, (await sam.View(pairId))["round"]!["number"]!.GetValue<int>());

        // The facilitator's check-in 2 starts round 2, and its report holds round 2 once released.
        Assert.Equal(2, (await lee.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/check-ins", null, HttpStatusCode.OK))["checkIn"]!.GetValue<int>());
        Assert.Equal(2, (await alex.View(pairId))["round"]!["number"]!.GetValue<int>());
        await Released(lee, sessionId, sam, alex, pairId, "second");
        var report = await lee.Http.GetStringAsync(new Uri($"/api/sessions/{sessionId}/report?checkIn=2", UriKind.Relative));
        Assert.Contains("second-sam initiation", report, StringComparison.Ordinal);
        Assert.DoesNotContain("first-sam", report, StringComparison.Ordinal);
    }

    private static async Task Released(AuditClient facilitator, Guid sessionId, AuditClient one, AuditClient other, Guid pairId, string words)
    {
        await one.SaveDraft(pairId, AuditClient.Perspective($"{words}-sam"));
        await other.SaveDraft(pairId, AuditClient.Perspective($"{words}-alex", overall: 4));
        await one.Submit(pairId);
        await other.Submit(pairId);
        Assert.Single((await facilitator.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/release-ready", null, HttpStatusCode.OK))["released"]!.AsArray());
    }

    private async Task<AuditClient> Seated(AuditClient facilitator, Guid sessionId, string name)
    {
        var seat = await facilitator.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/participants", new { name }, HttpStatusCode.Created);
        var person = await host.Person(name);
        await person.Send(HttpMethod.Post, $"/api/seats/{seat["seatCode"]!.GetValue<string>()}/claim", null, HttpStatusCode.OK);
        return person;
    }
}
