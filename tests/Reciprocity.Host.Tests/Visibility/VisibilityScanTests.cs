using System.Net;
using System.Text.Json;

namespace Reciprocity.Host.Tests.Visibility;

/// <summary>The scan catches every kind of leak it is there for, and passes what a partner may see.</summary>
public sealed class VisibilityScanTests
{
    private const string SealedView = """
        {"relationshipId":"6f1c0a52-7a3e-4a43-9a0e-3b1d8f4a2c11","kind":"partner","label":"Us",
         "me":{"personId":"11111111-1111-1111-1111-111111111111","displayName":"Sam"},
         "partner":{"personId":"22222222-2222-2222-2222-222222222222","displayName":"Alex"},
         "round":{"number":2,"myStatus":"inProgress","partnerStatus":"submitted",
           "myDraft":{"dimensions":{"initiation":{"score":3,"leans":"me","note":"mine"},"depth":null,"crisisResponse":null,"maintenance":null},
                      "overall":4,"picture":null,"season":{"kind":"none","note":""}},
           "revealed":false,"reveal":null},
         "history":[{"number":1,"revealedAt":"2025-01-01T00:00:00+00:00",
           "mine":{"dimensions":null,"overall":3,"picture":null,"season":null},
           "theirs":{"dimensions":{"depth":{"score":1,"leans":"them","note":"round one words"}},"overall":1,"picture":{"kind":"boundary","text":"t"},"season":null}}]}
        """;

    [Fact]
    public void What_a_partner_may_see_of_round_two_passes()
    {
        Assert.Empty(Scan().Findings([View(SealedView), Event("StatusChanged", """{"relationshipId":"x","roundNumber":2,"statuses":{"a":"submitted","b":"inProgress"}}""")]));
    }

    [Theory]
    [InlineData("the partner's overall score", "\"revealed\":false", "\"revealed\":false,\"theirOverall\":1", "round.theirOverall = 1")]
    [InlineData("the partner's draft beside one's own", "\"revealed\":false", "\"revealed\":false,\"theirDraft\":{\"dimensions\":{\"depth\":{\"leans\":\"them\"}}}", "round.theirDraft.dimensions.depth.leans")]
    [InlineData("a season kind in place of a status", "\"partnerStatus\":\"submitted\"", "\"partnerStatus\":\"grief\"", "round.partnerStatus = \"grief\"")]
    [InlineData("the reveal, early", "\"reveal\":null", "\"reveal\":{\"revealedAt\":\"t\",\"mine\":null,\"theirs\":{\"overall\":2}}", "round.reveal.theirs.overall = 2")]
    [InlineData("the round marked revealed", "\"revealed\":false", "\"revealed\":true", "round.revealed = true")]
    [InlineData("the sealed round in the history", "\"number\":1,", "\"number\":2,", "history[].number = 2")]
    [InlineData("a picture kind for a dimension", "\"overall\":4,", "\"overall\":4,\"pictures\":{\"depth\":{\"kind\":\"boundary\"}},", "round.myDraft.pictures.depth.kind")]
    public void A_field_nobody_listed_is_found(string what, string from, string to, string finding)
    {
        Assert.Contains(from, SealedView, StringComparison.Ordinal);
        var findings = Scan().Findings([View(SealedView.Replace(from, to, StringComparison.Ordinal))]);
        Assert.True(findings.Any(f => f.Contains(finding, StringComparison.Ordinal)), $"{what}: {string.Join("; ", findings)}");
    }

    [Fact]
    public void Sealed_words_are_found_anywhere_even_escaped_or_as_a_field_name()
    {
        var findings = Scan().Forbid("qx-sealed").Findings([
            Event("StatusChanged", """{"relationshipId":"x","roundNumber":2,"statuses":{"qx-sealed":"submitted"}}"""),
            Problem("""{"title":"No","status":400,"detail":"you wrote \u0071x-sealed"}"""),
        ]);
        Assert.Equal(2, findings.Count(f => f.Contains("forbidden text \"qx-sealed\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_message_of_an_unlisted_kind_is_found_and_so_is_a_reveal_before_its_time()
    {
        var findings = Scan().Findings([
            Event("PartnerTyping", """{"relationshipId":"x"}"""),
            Event("Revealed", """{"relationshipId":"x","roundNumber":2,"revealedAt":"t","perspectives":{}}"""),
            Frame("""{"type":1,"target":"StatusChanged","arguments":[{"relationshipId":"x"},{"overall":1}]}"""),
            Frame("""{"type":2,"invocationId":"1","item":{"overall":1}}"""),
        ]);
        Assert.Equal(5, findings.Count);
        Assert.Contains(findings, f => f.Contains("\"PartnerTyping\"", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("\"Revealed\"", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("[].overall", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("hub frame of type 2", StringComparison.Ordinal));
        Assert.Empty(VisibilityScan.AfterTheReveal(2).Findings([Event("Revealed", """{"relationshipId":"x","roundNumber":2,"revealedAt":"t","perspectives":{"a":{"overall":1}}}""")]));
    }

    [Fact]
    public void A_scan_of_nothing_fails()
    {
        Assert.ThrowsAny<Exception>(() => Scan().AssertClean([], "Sam", ReceivedMessage.View));
        Assert.ThrowsAny<Exception>(() => Scan().AssertClean([Event("StatusChanged", """{"relationshipId":"x"}""")], "Sam", ReceivedMessage.View, "StatusChanged"));
        Scan().AssertClean([View(SealedView), Event("StatusChanged", """{"relationshipId":"x"}""")], "Sam", ReceivedMessage.View, "StatusChanged");
    }

    [Fact]
    public void A_stranger_may_hold_refusals_only()
    {
        var findings = VisibilityScan.ForAStranger().Findings([
            Problem("""{"title":"Not found","status":404}"""),
            ReceivedMessage.FromHttp(HttpMethod.Get, "/api/me", HttpStatusCode.OK, """{"personId":"p","displayName":"Jo","relationships":[{"relationshipId":"r"}]}"""),
            Event("StatusChanged", """{"relationshipId":"x","roundNumber":1,"statuses":{}}"""),
        ]);
        Assert.Equal(2, findings.Count);
    }

    private static VisibilityScan Scan() => VisibilityScan.BeforeTheReveal(round: 2);

    private static ReceivedMessage View(string json) => ReceivedMessage.FromHttp(HttpMethod.Get, "/api/relationships/x", HttpStatusCode.OK, json);

    private static ReceivedMessage Problem(string json) => ReceivedMessage.FromHttp(HttpMethod.Put, "/api/relationships/x/draft", HttpStatusCode.BadRequest, json);

    private static ReceivedMessage Event(string name, string argument) => Frame($$"""{"type":1,"target":"{{name}}","arguments":[{{argument}}]}""");

    private static ReceivedMessage Frame(string json)
    {
        using var frame = JsonDocument.Parse(json);
        return ReceivedMessage.FromFrame(frame.RootElement.Clone());
    }
}
