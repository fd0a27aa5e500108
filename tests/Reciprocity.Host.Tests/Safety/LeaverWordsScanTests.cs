using System.Net;
using Reciprocity.Host.Tests.Infrastructure;
using static Reciprocity.Host.Tests.Safety.LeaverWords;

namespace Reciprocity.Host.Tests.Safety;

/// <summary>
/// What docs/api.md promises a person who goes, checked on the whole host: after they leave a relationship, leave a
/// session, and delete everything, no answer anyone else can fetch (views, history pages, timelines, readings, exports,
/// the session, its pairs and report) holds a word they wrote: notes, pictures, seasons, thanks, small things, their
/// name; and after the deletion the SQLite file and its WAL hold none either. Every answer is searched as decoded text.
/// </summary>
public sealed class LeaverWordsScanTests
{
    [Fact]
    public async Task After_leaving_a_relationship_and_a_session_and_deleting_everything_no_answer_and_no_storage_holds_a_word_of_theirs()
    {
        using var folder = new TempFolder();
        var words = new LeaverWords();
        await using (var host = await new ReciprocityFactory(folder.SqliteConnectionString).Ready())
        {
            var sam = await AuditClient.Create(host.CreateClient(), words.Sams("name", "name"));
            var alex = await AuditClient.Create(host.CreateClient(), "Alex");
            var kim = await AuditClient.Create(host.CreateClient(), "Kim");
            var fran = await AuditClient.Create(host.CreateClient(), "Fran");
            var robin = await AuditClient.Create(host.CreateClient(), "Robin");

            // Alex and Sam: a revealed round with traces, then Sam's unrevealed draft of the next one.
            var (withAlex, alexCode) = await alex.StartRelationship("Sam");
            await sam.Accept(alexCode);
            await RevealedWithTraces(alex, words.Stays("alex"), sam, words.Sams("alex", "with alex"), withAlex);
            await alex.Step(withAlex, "rounds");
            await sam.SaveDraft(withAlex, AuditClient.Perspective(words.Sams("alex", "draft")));

            // Kim and Sam: the same, then Sam leaves.
            var (withKim, kimCode) = await kim.StartRelationship("Sam");
            await sam.Accept(kimCode);
            await RevealedWithTraces(kim, words.Stays("kim"), sam, words.Sams("kim", "with kim"), withKim);
            await ReadEverything(kim, withKim);
            AssertAllIn(kim.Received, [.. words.SamsIn("kim"), .. words.SamsIn("name")], "Kim, before Sam left");
            var kimFrom = kim.Received.Count;
            Assert.Equal(HttpStatusCode.NoContent, (await sam.SendRaw(HttpMethod.Post, $"/api/relationships/{withKim}/leave", null)).Status);
            await ReadEverything(kim, withKim);
            AssertNoneIn(kim.Received.Skip(kimFrom), [.. words.SamsIn("kim"), .. words.SamsIn("name")], "Kim, after Sam left their relationship");
            AssertAllIn(kim.Received.Skip(kimFrom), [words.Stays("kim")], "Kim, after Sam left their relationship");

            // Fran's couple session: Sam and Robin rate, Fran releases, both leave traces, then Sam leaves the session.
            var sessionId = Id(await fran.Send(HttpMethod.Post, "/api/sessions", new { title = "Tuesdays", kind = "couple" }, HttpStatusCode.Created), "sessionId");
            foreach (var (person, seatName) in new[] { (sam, "Sam"), (robin, "Robin") })
            {
                var seat = await fran.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/participants", new { name = seatName }, HttpStatusCode.Created);
                await person.Send(HttpMethod.Post, $"/api/seats/{seat["seatCode"]!.GetValue<string>()}/claim", null, HttpStatusCode.OK);
            }

            var pair = (await fran.Send(HttpMethod.Get, $"/api/sessions/{sessionId}", null, HttpStatusCode.OK))["pairs"]![0]!;
            var (pairId, inSession) = (Id(pair, "pairId"), Id(pair, "relationshipId"));
            await sam.SaveDraft(inSession, AuditClient.Perspective(words.Sams("session", "in session")));
            await robin.SaveDraft(inSession, AuditClient.Perspective(words.Stays("robin"), overall: 4));
            await sam.Submit(inSession);
            await robin.Submit(inSession);
            await fran.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/pairs/{pairId}/release", null, HttpStatusCode.OK);
            await Traces(sam, words.SamsIn("session")[0], inSession, round: 1);
            await Traces(robin, words.Stays("robin"), inSession, round: 1);
            await fran.Send(HttpMethod.Put, $"/api/sessions/{sessionId}/notes", new { notes = words.Stays("fran") }, HttpStatusCode.OK);
            await ReadTheSession(fran, sessionId, pairId);
            await ReadEverything(robin, inSession);
            AssertAllIn(fran.Received, words.SamsIn("session"), "Fran, before Sam left the session");
            AssertAllIn(robin.Received, words.SamsIn("session"), "Robin, before Sam left the session");
            var (franFrom, robinFrom) = (fran.Received.Count, robin.Received.Count);
            Assert.Equal(HttpStatusCode.NoContent, (await sam.SendRaw(HttpMethod.Post, $"/api/sessions/{sessionId}/leave", null)).Status);
            await ReadTheSession(fran, sessionId, pairId);
            await ReadEverything(robin, inSession);
            AssertNoneIn(fran.Received.Skip(franFrom), [.. words.SamsIn("session"), .. words.SamsIn("name")], "Fran, after Sam left the session");
            AssertNoneIn(robin.Received.Skip(robinFrom), [.. words.SamsIn("session"), .. words.SamsIn("name")], "Robin, after Sam left the session");
            AssertAllIn(fran.Received.Skip(franFrom), [words.Stays("fran")], "Fran, after Sam left the session");
            AssertAllIn(robin.Received.Skip(robinFrom), [words.Stays("robin")], "Robin, after Sam left the session");

            // Sam deletes everything: nobody can fetch any word of Sam's, anywhere.
            await ReadEverything(alex, withAlex);
            AssertAllIn(alex.Received, [words.SamsIn("alex")[0], .. words.SamsIn("name")], "Alex, before Sam deleted everything");
            var everyoneFrom = new[] { alex, kim, fran, robin }.ToDictionary(p => p, p => p.Received.Count);
            Assert.Equal(HttpStatusCode.NoContent, (await sam.SendRaw(HttpMethod.Delete, "/api/me", null)).Status);
            await ReadEverything(alex, withAlex);
            await ReadEverything(kim, withKim);
            await ReadEverything(robin, inSession);
            await ReadTheSession(fran, sessionId, pairId);
            foreach (var (person, from) in everyoneFrom)
            {
                AssertNoneIn(person.Received.Skip(from), words.AllOfSams, $"person {person.PersonId}, after Sam deleted everything");
            }

            AssertAllIn(alex.Received.Skip(everyoneFrom[alex]), [words.Stays("alex")], "Alex, after Sam deleted everything");

            // Read while the host runs, as the deletion left them: the file and its (truncated) WAL.
            var files = Directory.GetFiles(folder.Path, "reciprocity.db*");
            Assert.Contains(files, file => file.EndsWith("-wal", StringComparison.Ordinal));
            var stored = files.SelectMany(ReadShared).ToArray();
            var left = DecodedText.FoundIn(stored, words.AllOfSams);
            Assert.True(left.Count == 0, $"the storage still holds words of Sam's: {string.Join(", ", left)}");
            Assert.Single(DecodedText.FoundIn(stored, [words.Stays("alex")]));
        }
    }

    private static async Task ReadTheSession(AuditClient facilitator, Guid sessionId, Guid pairId)
    {
        await facilitator.SendRaw(HttpMethod.Get, $"/api/sessions/{sessionId}", null);
        await facilitator.SendRaw(HttpMethod.Get, $"/api/sessions/{sessionId}/pairs/{pairId}", null);
        await facilitator.SendRaw(HttpMethod.Get, $"/api/sessions/{sessionId}/report?notes=true", null);
        await facilitator.SendRaw(HttpMethod.Get, "/api/me/export", null);
    }

    private static byte[] ReadShared(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        file.CopyTo(copy);
        return copy.ToArray();
    }
}
