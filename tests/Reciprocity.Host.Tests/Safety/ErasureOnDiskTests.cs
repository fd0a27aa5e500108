using System.Net;
using System.Text;
using Microsoft.Data.Sqlite;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Safety;

/// <summary>
/// Issue 26, items 3 and 4: after a person's words are removed, the SQLite storage holds no byte of them, free space
/// inside pages and free pages included, at the scale where secure_delete alone left fragments (80 relationships of
/// long notes), the file rebuilt with no free page left; and leaving a session erases as a deletion does, with nothing
/// else deleted after it. Every note is
/// its marker over and over, so even a fragment of one is found.
/// </summary>
public sealed class ErasureOnDiskTests
{
    private const int Relationships = 80;

    private readonly string _tag = Guid.NewGuid().ToString("N")[..10];

    private string SamsMarker => _tag + "sam";

    private string StaysMarker => _tag + "pat";

    [Fact]
    public async Task After_deleting_everything_no_fragment_of_80_relationships_of_long_notes_is_left_on_disk()
    {
        using var folder = new TempFolder();
        await using var host = await new ReciprocityFactory(folder.SqliteConnectionString).Ready();
        var sam = await AuditClient.Create(host.CreateClient(), "Sam");
        var pat = await AuditClient.Create(host.CreateClient(), "Pat");
        for (var i = 0; i < Relationships; i++)
        {
            // Half started by each, half revealed (history rows), a quarter with Sam's draft of the next round too.
            var (inviter, joiner) = i % 2 == 0 ? (sam, pat) : (pat, sam);
            var (relationshipId, code) = await inviter.StartRelationship("Them");
            await joiner.Accept(code);
            await Typed(sam, relationshipId, SamsMarker, i);
            await sam.SaveDraft(relationshipId, Long(SamsMarker, i));
            if (i % 4 < 2)
            {
                await pat.SaveDraft(relationshipId, Long(StaysMarker, i));
                await sam.Submit(relationshipId);
                await pat.Submit(relationshipId);
                if (i % 4 == 0)
                {
                    await pat.Step(relationshipId, "rounds");
                    await sam.SaveDraft(relationshipId, Long(SamsMarker, i + 1_000));
                }
            }
        }

        Assert.True(StoredBytes.Count(StoredBytes.Of(folder.Path), SamsMarker) > Relationships, "the scan finds Sam's notes before the deletion");
        Assert.Equal(HttpStatusCode.NoContent, (await sam.SendRaw(HttpMethod.Delete, "/api/me", null)).Status);

        var stored = StoredBytes.Of(folder.Path);
        Assert.Equal(0, StoredBytes.Count(stored, SamsMarker));
        Assert.True(StoredBytes.Count(stored, StaysMarker) > 0, "Pat's own words stay");

        // The file was rebuilt from its live rows: no free page is left where a deleted row's bytes could wait.
        Assert.Equal(0, await FreePages(folder));
    }

    [Fact]
    public async Task After_leaving_a_session_no_fragment_of_the_leavers_words_is_left_on_disk()
    {
        using var folder = new TempFolder();
        await using var host = await new ReciprocityFactory(folder.SqliteConnectionString).Ready();
        var fran = await AuditClient.Create(host.CreateClient(), "Fran");
        var sam = await AuditClient.Create(host.CreateClient(), "Sam");
        var pat = await AuditClient.Create(host.CreateClient(), "Pat");
        var sessionId = (await fran.Send(HttpMethod.Post, "/api/sessions", new { title = "Tuesdays", kind = "couple" }, HttpStatusCode.Created))["sessionId"]!.GetValue<Guid>();
        foreach (var (person, name) in new[] { (sam, "Sam"), (pat, "Pat") })
        {
            var seat = await fran.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/participants", new { name }, HttpStatusCode.Created);
            await person.Send(HttpMethod.Post, $"/api/seats/{seat["seatCode"]!.GetValue<string>()}/claim", null, HttpStatusCode.OK);
        }

        var pairId = (await fran.Send(HttpMethod.Get, $"/api/sessions/{sessionId}", null, HttpStatusCode.OK))["pairs"]![0]!["relationshipId"]!.GetValue<Guid>();
        await sam.SaveDraft(pairId, Long(SamsMarker, 0));
        await pat.SaveDraft(pairId, Long(StaysMarker, 0));
        await sam.Submit(pairId);
        await pat.Submit(pairId);
        await fran.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/release-ready", null, HttpStatusCode.OK);
        await fran.Send(HttpMethod.Post, $"/api/sessions/{sessionId}/check-ins", null, HttpStatusCode.OK);
        await sam.SaveDraft(pairId, Long(SamsMarker, 1));

        Assert.True(StoredBytes.Count(StoredBytes.Of(folder.Path), SamsMarker) > 0, "the scan finds Sam's notes before the leave");
        Assert.Equal(HttpStatusCode.NoContent, (await sam.SendRaw(HttpMethod.Post, $"/api/sessions/{sessionId}/leave", null)).Status);

        // Nothing else is deleted after it: the leave's own erasure is what leaves the disk clean.
        var stored = StoredBytes.Of(folder.Path);
        Assert.Equal(0, StoredBytes.Count(stored, SamsMarker));
        Assert.True(StoredBytes.Count(stored, StaysMarker) > 0, "Pat's own words stay");
    }

    private static async Task<long> FreePages(TempFolder folder)
    {
        await using var connection = new SqliteConnection(folder.SqliteConnectionString + ";Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "PRAGMA freelist_count;";
        return Convert.ToInt64(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A note saved as it is typed: a save every few words, each a little longer, as the web app saves.</summary>
    private static async Task Typed(AuditClient person, Guid relationshipId, string marker, int number)
    {
        foreach (var length in new[] { 40, 120, 300, 700, 1_300, 1_900 })
        {
            await person.SaveDraft(relationshipId, new { dimensions = new { depth = new { note = Filled(marker, number, length) } } });
        }
    }

    /// <summary>
    /// A complete perspective whose every text is <paramref name="marker"/>, numbered: from rows that fit inside one page
    /// (where secure_delete left fragments) to notes near their limit.
    /// </summary>
    private static object Long(string marker, int number)
    {
        var note = Filled(marker, number, 150 + (number % 10 * 190));
        return new
        {
            dimensions = new
            {
                initiation = new { score = 2, leans = "me", note, @private = true },
                depth = new { score = 4, leans = "neither", note },
                crisisResponse = new { score = 3, leans = "them", note },
                maintenance = new { score = 2, leans = "me", note },
            },
            overall = 2,
            picture = new { kind = "mutualPattern", text = Filled(marker, number, 300 + (number % 10 * 390)) },
            season = new { kind = "transition", note },
        };
    }

    private static string Filled(string marker, int number, int length)
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length + marker.Length + 10 < length; i++)
        {
            text.Append(marker).Append(number).Append('.').Append(i).Append(' ');
        }

        return text.ToString();
    }
}
