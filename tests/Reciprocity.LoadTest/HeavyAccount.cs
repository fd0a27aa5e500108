using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Reciprocity.LoadTest;

/// <summary>
/// Issue 26's isolation figure: another person's draft-save latency, quiet and then beside one heavy account (a
/// relationship filled to its size budget with the longest text in three-byte characters, and two loops setting a
/// one-character small thing on its round 1 as fast as they can: the attack that once rewrote the whole archive).
/// Bounded: a fixed number of saves per phase.
/// </summary>
internal static class HeavyAccount
{
    private static readonly string[] DimensionNames = ["initiation", "depth", "crisisResponse", "maintenance"];

    public static async Task<HeavyAccountResult> Measure(Uri baseAddress, int saves, TextWriter log)
    {
        using var http = LoadRun.CreateHttpClient(baseAddress, TimeSpan.FromSeconds(60));
        var (robin, kim) = (await Person(http, "Robin"), await Person(http, "Kim"));
        var quietRelationship = await Together(http, robin, kim);
        await Saves(http, robin, quietRelationship, saves / 4);  // warm-up: JIT, pools, the grain's activation
        var quiet = await Saves(http, robin, quietRelationship, saves);
        await log.WriteLineAsync($"  quiet: p50 {quiet.P50:F2} ms, p99 {quiet.P99:F2} ms over {quiet.Count} draft saves");

        var (alex, sam) = (await Person(http, "Alex"), await Person(http, "Sam"));
        var heavy = await Together(http, alex, sam);
        var clock = Stopwatch.StartNew();
        var rounds = await Fill(http, alex, sam, heavy);
        await log.WriteLineAsync($"  heavy account: {rounds} rounds of the longest text until its relationship was full (409), in {clock.Elapsed.TotalSeconds:F0} s");

        using var stop = new CancellationTokenSource();
        var loops = new[] { SmallThings(http, alex, heavy, stop.Token), SmallThings(http, sam, heavy, stop.Token) };
        await Task.Delay(TimeSpan.FromSeconds(1));
        clock.Restart();
        var beside = await Saves(http, robin, quietRelationship, saves);
        var seconds = clock.Elapsed.TotalSeconds;
        await stop.CancelAsync();
        var smallThings = (await Task.WhenAll(loops)).Sum();
        await log.WriteLineAsync($"  beside it: p50 {beside.P50:F2} ms, p99 {beside.P99:F2} ms; the heavy loops set {smallThings / seconds:F0} small things/s");
        await log.WriteLineAsync($"  p99 beside a heavy account / quiet p99: {beside.P99 / quiet.P99:F2}x (must stay at most 2x)");
        return new HeavyAccountResult(rounds, quiet, beside, smallThings / seconds);
    }

    private static async Task<LatencySummary> Saves(HttpClient http, string key, Guid relationshipId, int count)
    {
        var latencies = new Percentiles();
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            var status = await Send(http, key, HttpMethod.Put, $"/api/relationships/{relationshipId}/draft", "{\"dimensions\":{\"depth\":{\"score\":3,\"note\":\"a quiet note " + i.ToString(CultureInfo.InvariantCulture) + "\"}}}");
            latencies.Add(clock.Elapsed.TotalMilliseconds);
            Expect(status, HttpStatusCode.OK, "a quiet draft save");
        }

        return latencies.Summarise();
    }

    /// <summary>Reveals rounds of the longest text, in pieces under the request size limit, until a save is refused.</summary>
    private static async Task<int> Fill(HttpClient http, string alex, string sam, Guid relationshipId)
    {
        for (var round = 1; ; round++)
        {
            if (round > 1)
            {
                Expect(await Send(http, alex, HttpMethod.Post, $"/api/relationships/{relationshipId}/rounds", null), HttpStatusCode.OK, "a new round");
            }

            foreach (var key in new[] { alex, sam })
            {
                foreach (var piece in LongestPerspective())
                {
                    var status = await Send(http, key, HttpMethod.Put, $"/api/relationships/{relationshipId}/draft", piece);
                    if (status == HttpStatusCode.Conflict)
                    {
                        return round - 1;
                    }

                    Expect(status, HttpStatusCode.OK, "a long draft save");
                }
            }

            Expect(await Send(http, alex, HttpMethod.Post, $"/api/relationships/{relationshipId}/submit", null), HttpStatusCode.OK, "a submit");
            Expect(await Send(http, sam, HttpMethod.Post, $"/api/relationships/{relationshipId}/submit", null), HttpStatusCode.OK, "a submit");
        }
    }

    private static async Task<int> SmallThings(HttpClient http, string key, Guid relationshipId, CancellationToken stop)
    {
        var count = 0;
        while (!stop.IsCancellationRequested)
        {
            var status = await Send(http, key, HttpMethod.Put, $"/api/relationships/{relationshipId}/rounds/1/small-thing", $$"""{"text":"{{(count % 2 == 0 ? "a" : "b")}}"}""");
            Expect(status, HttpStatusCode.OK, "a small thing");
            count++;
        }

        return count;
    }

    // Every field at its limit in three-byte characters (90,000 bytes), in five saves under the 64 KiB body limit.
    private static IEnumerable<string> LongestPerspective()
    {
        static string Text(int length) => new('€', length);
        foreach (var name in DimensionNames)
        {
            yield return "{\"dimensions\":{\"" + name + "\":{\"score\":2,\"leans\":\"me\",\"note\":\"" + Text(2_000) + "\",\"picture\":{\"kind\":\"boundary\",\"text\":\"" + Text(4_000) + "\"}}}}";
        }

        yield return $$$"""{"overall":2,"picture":{"kind":"mutualPattern","text":"{{{Text(4_000)}}}"},"season":{"kind":"grief","note":"{{{Text(2_000)}}}"}}""";
    }

    private static async Task<string> Person(HttpClient http, string name)
    {
        using var response = await http.PostAsync("/api/people", Json($$"""{"displayName":"{{name}}"}"""));
        Expect(response.StatusCode, HttpStatusCode.Created, "creating a person");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["accessKey"]!.GetValue<string>();
    }

    private static async Task<Guid> Together(HttpClient http, string inviter, string partner)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/relationships") { Content = Json("""{"kind":"closeFriend","partnerName":"Friend"}""") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", inviter);
        using var response = await http.SendAsync(request);
        var created = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var code = created["inviteCode"]!.GetValue<string>();
        Expect(await Send(http, partner, HttpMethod.Post, $"/api/invites/{code}/accept", null), HttpStatusCode.OK, "accepting an invite");
        return created["relationshipId"]!.GetValue<Guid>();
    }

    private static async Task<HttpStatusCode> Send(HttpClient http, string key, HttpMethod method, string path, string? json)
    {
        using var request = new HttpRequestMessage(method, path) { Content = json is null ? null : Json(json) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await http.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static void Expect(HttpStatusCode status, HttpStatusCode expected, string what)
    {
        if (status != expected)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{what} answered {(int)status}, expected {(int)expected}."));
        }
    }
}

/// <summary>Another person's draft saves, quiet and beside the heavy account.</summary>
internal sealed record HeavyAccountResult(int HeavyRounds, LatencySummary Quiet, LatencySummary Beside, double SmallThingsPerSecond)
{
    public double P99Ratio => Beside.P99 / Quiet.P99;

    public string ToMarkdown() => string.Create(CultureInfo.InvariantCulture, $"""
        | another person's draft save | saves | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |
        |---|---|---|---|---|---|
        | quiet | {Quiet.Count} | {Quiet.P50:F2} | {Quiet.P95:F2} | {Quiet.P99:F2} | {Quiet.Max:F1} |
        | beside a heavy account | {Beside.Count} | {Beside.P50:F2} | {Beside.P95:F2} | {Beside.P99:F2} | {Beside.Max:F1} |

        Heavy account: one relationship filled to its 8 MiB budget ({HeavyRounds} rounds of the longest text in three-byte characters),
        two loops setting a one-character small thing on its round 1 ({SmallThingsPerSecond:F0}/s). p99 beside / quiet: **{P99Ratio:F2}×**.
        """);
}
