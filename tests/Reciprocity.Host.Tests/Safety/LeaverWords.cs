using System.Net;
using System.Text.Json.Nodes;
using Reciprocity.Host.Tests.Infrastructure;
using Reciprocity.Host.Tests.Visibility;

namespace Reciprocity.Host.Tests.Safety;

/// <summary>
/// The texts of one scenario, each marked so a search can find it: what the leaver (Sam) wrote, by where, and a text of
/// someone who stays, so that a search finding nothing is known to be able to find something. Every text of Sam's holds
/// an apostrophe, so only a search of decoded text finds it in a JSON answer.
/// </summary>
internal sealed class LeaverWords
{
    private readonly string _tag = Guid.NewGuid().ToString("N")[..10];
    private readonly Dictionary<string, List<string>> _sams = [];

    /// <summary>Everything Sam wrote, anywhere.</summary>
    public IReadOnlyList<string> AllOfSams => [.. _sams.Values.SelectMany(words => words)];

    /// <summary>What Sam wrote in one place (a relationship, a session, their name).</summary>
    public IReadOnlyList<string> SamsIn(string where) => _sams[where];

    /// <summary>A new text of Sam's, in <paramref name="where"/>.</summary>
    public string Sams(string where, string what)
    {
        var word = $"{_tag} sam's {what}";
        if (!_sams.TryGetValue(where, out var words))
        {
            _sams[where] = words = [];
        }

        words.Add(word);
        return word;
    }

    /// <summary>A text of someone who stays.</summary>
    public string Stays(string who) => $"{_tag} {who} stays";

    /// <summary>Everything the person can fetch about themselves and the given relationships, each answer kept whatever its status.</summary>
    public static async Task ReadEverything(AuditClient person, params Guid[] relationships)
    {
        await person.SendRaw(HttpMethod.Get, "/api/me", null);
        await person.SendRaw(HttpMethod.Get, "/api/me/reading", null);
        await person.SendRaw(HttpMethod.Get, "/api/me/export", null);
        foreach (var relationshipId in relationships)
        {
            await person.SendRaw(HttpMethod.Get, $"/api/relationships/{relationshipId}", null);
            await person.SendRaw(HttpMethod.Get, $"/api/relationships/{relationshipId}/history?limit=50", null);
            await person.SendRaw(HttpMethod.Get, $"/api/relationships/{relationshipId}/timeline", null);
        }
    }

    /// <summary>A round both submit (auto reveal) and then thank for and name a small thing after, each in their own words.</summary>
    public static async Task RevealedWithTraces(AuditClient one, string oneWords, AuditClient other, string otherWords, Guid relationshipId, int round = 1)
    {
        await one.SaveDraft(relationshipId, AuditClient.Perspective(oneWords));
        await other.SaveDraft(relationshipId, AuditClient.Perspective(otherWords, overall: 4));
        await one.Submit(relationshipId);
        await other.Submit(relationshipId);
        await Traces(one, oneWords, relationshipId, round);
        await Traces(other, otherWords, relationshipId, round);
    }

    public static async Task Traces(AuditClient person, string words, Guid relationshipId, int round)
    {
        await person.Send(HttpMethod.Put, $"/api/relationships/{relationshipId}/rounds/{round}/appreciation", new { text = words + " thanks" }, HttpStatusCode.OK);
        await person.Send(HttpMethod.Put, $"/api/relationships/{relationshipId}/rounds/{round}/small-thing", new { text = words + " small thing" }, HttpStatusCode.OK);
    }

    /// <summary>Fails naming each word found in the answers <paramref name="who"/> received, and where.</summary>
    public static void AssertNoneIn(IEnumerable<ReceivedMessage> answers, IEnumerable<string> words, string who)
    {
        var found = DecodedText.Found(answers, words);
        Assert.True(found.Count == 0, $"{who} still received words of Sam's:\n{string.Join('\n', found)}");
    }

    /// <summary>The search can find: each word is in some answer.</summary>
    public static void AssertAllIn(IEnumerable<ReceivedMessage> answers, IEnumerable<string> words, string who)
    {
        var list = answers.ToList();
        var missing = words.Where(word => DecodedText.Found(list, [word]).Count == 0).ToList();
        Assert.True(missing.Count == 0, $"{who} did not receive: {string.Join(", ", missing)}");
    }

    public static Guid Id(JsonNode node, string name) => node[name]!.GetValue<Guid>();
}
