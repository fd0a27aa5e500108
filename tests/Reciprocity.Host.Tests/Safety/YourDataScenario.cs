using System.Net;
using System.Text;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Safety;

/// <summary>
/// Sam writes in every place a person can (shared drafts, private and shared notes in revealed rounds, a solo reflection,
/// a draft kept private), exports, leaves one relationship and then deletes everything. Each text of Sam's carries a
/// marker of its own, so a test can search the storage for every one of them afterwards.
/// </summary>
internal sealed class YourDataScenario
{
    private readonly string _tag = Guid.NewGuid().ToString("N")[..10];

    /// <summary>Every text Sam wrote; after <see cref="Run"/> none may be left anywhere.</summary>
    public List<string> SamsWords { get; } = [];

    /// <summary>A text of Alex's that stays, so a search that finds nothing is known to be able to find something.</summary>
    public string AlexStays => Marker("alexstays");

    public async Task Run(ReciprocityFactory factory)
    {
        var alex = await AuditClient.Create(factory.CreateClient(), "Alex");
        var kim = await AuditClient.Create(factory.CreateClient(), "Kim");
        var sam = await AuditClient.Create(factory.CreateClient(), "Sam");

        // Alex and Sam: a revealed round (Sam's notes private), then Sam's draft and Alex's sealed perspective.
        var (withAlex, code) = await alex.StartRelationship("Sam");
        await sam.Accept(code);
        await alex.SaveDraft(withAlex, AuditClient.PrivatePerspective(AlexStays));
        await alex.Submit(withAlex);
        await sam.SaveDraft(withAlex, AuditClient.PrivatePerspective(Sams("samprivate")));
        await sam.Submit(withAlex);
        await alex.Step(withAlex, "rounds");
        await alex.SaveDraft(withAlex, AuditClient.Perspective(Marker("alexsealed")));
        await alex.Submit(withAlex);
        await sam.SaveDraft(withAlex, AuditClient.Perspective(Sams("samdraft")));

        // Kim and Sam: a revealed round whose notes Kim has read.
        var (withKim, kimCode) = await kim.StartRelationship("Sam");
        await sam.Accept(kimCode);
        await kim.SaveDraft(withKim, AuditClient.Perspective(Marker("kimown")));
        await kim.Submit(withKim);
        await sam.SaveDraft(withKim, AuditClient.Perspective(Sams("samshared")));
        await sam.Submit(withKim);

        // Alone, and a draft kept private at the safety check.
        var solo = await sam.StartRelationship("Robin", solo: true);
        await sam.SaveDraft(solo, AuditClient.Perspective(Sams("samsolo")));
        await sam.Submit(solo);
        var (third, thirdCode) = await alex.StartRelationship("Sam");
        await sam.Accept(thirdCode);
        await sam.SaveDraft(third, AuditClient.Perspective(Sams("samkept")));
        await sam.Send(HttpMethod.Post, $"/api/relationships/{third}/keep-private", null, HttpStatusCode.OK);

        await CheckExport(sam);

        // Sam leaves Kim: Kim keeps their own words and the date, and nothing of Sam's.
        var revealedAt = (await kim.View(withKim))["history"]![0]!["revealedAt"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.NoContent, (await sam.SendRaw(HttpMethod.Post, $"/api/relationships/{withKim}/leave", null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await sam.SendRaw(HttpMethod.Post, $"/api/relationships/{withKim}/leave", null)).Status);
        var kimsView = await kim.View(withKim);
        Assert.True(kimsView["partner"]!["left"]!.GetValue<bool>());
        Assert.Equal(revealedAt, kimsView["history"]![0]!["revealedAt"]!.GetValue<string>());
        Assert.Contains(Marker("kimown"), kimsView.ToJsonString(), StringComparison.Ordinal);
        var kimSees = kimsView.ToJsonString() + (await kim.Send(HttpMethod.Get, "/api/me/reading", null, HttpStatusCode.OK)).ToJsonString();
        Assert.DoesNotContain(Sams("samshared"), kimSees, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await sam.SendRaw(HttpMethod.Delete, "/api/me", null)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await sam.SendRaw(HttpMethod.Get, "/api/me", null)).Status);
        var alexSees = (await alex.View(withAlex)).ToJsonString() + (await alex.View(third)).ToJsonString();
        Assert.DoesNotContain(_tag + "sam", alexSees, StringComparison.Ordinal);
        Assert.Contains(AlexStays, alexSees, StringComparison.Ordinal);
    }

    /// <summary>The texts in <paramref name="words"/> found in <paramref name="bytes"/>, as UTF-8 or UTF-16LE.</summary>
    public static IEnumerable<string> FoundIn(byte[] bytes, IEnumerable<string> words) =>
        words.Where(word => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(word)) >= 0 || bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(word)) >= 0);

    // Everything Sam wrote and everything revealed to Sam; nothing of Alex's sealed round, nor Alex's private notes.
    private async Task CheckExport(AuditClient sam)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me/export");
        using var response = await sam.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("reciprocity-export.json", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var export = await response.Content.ReadAsStringAsync();
        foreach (var word in SamsWords)
        {
            Assert.Contains(word, export, StringComparison.Ordinal);
        }

        Assert.Contains(Marker("kimown"), export, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker("alexsealed"), export, StringComparison.Ordinal);
        Assert.DoesNotContain(AlexStays, export, StringComparison.Ordinal);
        sam.Received.Add(Visibility.ReceivedMessage.FromHttp(HttpMethod.Get, "/api/me/export", response.StatusCode, export));
    }

    private string Sams(string what)
    {
        var word = Marker(what);
        if (!SamsWords.Contains(word))
        {
            SamsWords.Add(word);
        }

        return word;
    }

    private string Marker(string what) => _tag + what;
}
