using System.Net;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Safety;

/// <summary>
/// Issue 26, item 6: what a deleted person typed does not live on in others' records. A facilitator's session title and
/// seat names were the pairs' label and names; a joiner's kept-private copy held the inviter's label and name. After the
/// facilitator and the inviter delete their data, neither the others' answers (views, exports) nor the storage hold them.
/// </summary>
public sealed class DeletedNamesTests
{
    private readonly string _tag = Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task After_a_facilitator_and_an_inviter_delete_their_data_no_title_label_or_name_they_typed_remains()
    {
        using var folder = new TempFolder();
        await using var host = await new ReciprocityFactory(folder.SqliteConnectionString).Ready();
        var title = $"{_tag} lee's title";
        var seatNames = new[] { $"{_tag} seat sam", $"{_tag} seat pat" };
        var label = $"{_tag} alex's label";
        var alexName = $"{_tag} alex's name";
        var lee = await AuditClient.Create(host.CreateClient(), "Dr Lee");
        var sam = await AuditClient.Create(host.CreateClient(), "Sam");
        var pat = await AuditClient.Create(host.CreateClient(), "Pat");
        var alex = await AuditClient.Create(host.CreateClient(), alexName);

        // Lee's couple session, in which Sam and Pat sit under the names Lee typed.
        var sessionId = (await lee.Send(HttpMethod.Post, "/api/sessions", new { title, kind = "couple" }, HttpStatusCode.Created))["sessionId"]!.GetValue<Guid>();
        foreach (var (person, name) in new[] { (sam, seatNames[0]), (pat, seatNames[1]) })
        {
            var seat = await lee.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/participants", new { name }, HttpStatusCode.Created);
            await person.Send(HttpMethod.Post, $"/api/seats/{seat["seatCode"]!.GetValue<string>()}/claim", null, HttpStatusCode.OK);
        }

        var pairId = (await lee.Send(HttpMethod.Get, $"/api/sessions/{sessionId}", null, HttpStatusCode.OK))["pairs"]![0]!["relationshipId"]!.GetValue<Guid>();
        await sam.SaveDraft(pairId, AuditClient.Perspective("sam stays"));

        // Alex invites Sam under a label; Sam keeps a draft private, into a copy of Sam's own.
        var created = await alex.Send(HttpMethod.Post, "/api/relationships", new { kind = "closeFriend", label, partnerName = "Sam" }, HttpStatusCode.Created);
        var withAlex = created["relationshipId"]!.GetValue<Guid>();
        await sam.Accept(created["inviteCode"]!.GetValue<string>());
        await sam.SaveDraft(withAlex, AuditClient.Perspective("sam kept"));
        var reflectionId = (await sam.Send(HttpMethod.Post, $"/api/relationships/{withAlex}/keep-private", null, HttpStatusCode.OK))["reflectionId"]!.GetValue<Guid>();

        string[] typed = [title, .. seatNames, label, alexName];
        Assert.NotEmpty(DecodedText.FoundIn(StoredBytes.Of(folder.Path), typed));
        Assert.Equal(HttpStatusCode.NoContent, (await lee.SendRaw(HttpMethod.Delete, "/api/me", null)).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await alex.SendRaw(HttpMethod.Delete, "/api/me", null)).Status);

        // Sam and Pat read everything they can: the pair, the copy, their lists and exports.
        var from = new[] { sam, pat }.ToDictionary(p => p, p => p.Received.Count);
        await LeaverWords.ReadEverything(sam, pairId, reflectionId, withAlex);
        await LeaverWords.ReadEverything(pat, pairId);
        foreach (var (person, start) in from)
        {
            var found = DecodedText.Found(person.Received.Skip(start), typed);
            Assert.True(found.Count == 0, $"person {person.PersonId} still received words a deleted person typed:\n{string.Join('\n', found)}");
        }

        Assert.Contains("sam stays", (await sam.View(pairId)).ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("Your partner", (await sam.View(pairId))["partner"]!["displayName"]!.GetValue<string>());
        var left = DecodedText.FoundIn(StoredBytes.Of(folder.Path), typed);
        Assert.True(left.Count == 0, $"the storage still holds: {string.Join(", ", left)}");
    }
}
