using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Audits;

public sealed class CrashTests
{
    [Fact]
    public async Task A_submit_acknowledged_just_before_SIGKILL_is_there_after_a_restart()
    {
        using var folder = new TempFolder();
        var settings = new Dictionary<string, string> { ["ConnectionStrings:Reciprocity"] = folder.SqliteConnectionString };
        Guid relationshipId;
        string alexKey, samKey;

        await using (var host = await HostProcess.Start(settings))
        {
            var alex = await AuditClient.Create(host.CreateClient(), "Alex");
            var sam = await AuditClient.Create(host.CreateClient(), "Sam");
            (relationshipId, var code) = await alex.StartRelationship("Sam");
            await sam.Accept(code);
            await alex.SaveDraft(relationshipId, AuditClient.Perspective("before-the-crash"));
            await sam.SaveDraft(relationshipId, AuditClient.Perspective("sam", overall: 4));
            await alex.Submit(relationshipId);
            await sam.Submit(relationshipId);
            host.Kill();
            (alexKey, samKey) = (alex.AccessKey, sam.AccessKey);
        }

        await using var restarted = await HostProcess.Start(settings);
        var alexAgain = new AuditClient(restarted.CreateClient());
        alexAgain.UseKey(alexKey);
        var view = await alexAgain.View(relationshipId);
        Assert.Equal("submitted", view["round"]!["myStatus"]!.GetValue<string>());
        Assert.True(view["round"]!["revealed"]!.GetValue<bool>());
        Assert.Equal("sam initiation", view["round"]!["reveal"]!["theirs"]!["dimensions"]!["initiation"]!["note"]!.GetValue<string>());
        Assert.Equal("before-the-crash initiation", view["round"]!["myDraft"]!["dimensions"]!["initiation"]!["note"]!.GetValue<string>());
        var samAgain = new AuditClient(restarted.CreateClient());
        samAgain.UseKey(samKey);
        Assert.Equal(view["round"]!["reveal"]!["revealedAt"]!.ToJsonString(), (await samAgain.View(relationshipId))["round"]!["reveal"]!["revealedAt"]!.ToJsonString());
    }

    [Fact]
    public async Task Drafts_acknowledged_while_many_writes_are_in_flight_survive_a_SIGKILL()
    {
        // Sixteen people save drafts as fast as they can, so writes share commits; the host is killed mid-stream.
        const int writers = 16;
        const int killAfter = 400;
        using var folder = new TempFolder();
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Reciprocity"] = folder.SqliteConnectionString,
            ["RateLimits:CreationsPerMinute"] = "1000",
        };
        var acknowledged = new int[writers];
        var total = 0;
        var enoughAcknowledged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var people = new (string Key, Guid RelationshipId)[writers];

        await using (var host = await HostProcess.Start(settings))
        {
            var clients = await Task.WhenAll(Enumerable.Range(0, writers).Select(async i =>
            {
                var person = await AuditClient.Create(host.CreateClient(), $"Writer {i}");
                var (relationshipId, _) = await person.StartRelationship("Partner");
                people[i] = (person.AccessKey, relationshipId);
                return person;
            }));

            using var stop = new CancellationTokenSource();
            var loops = clients.Select((person, i) => Task.Run(async () =>
            {
                for (var n = 1; !stop.IsCancellationRequested; n++)
                {
                    try
                    {
                        await person.SaveDraft(people[i].RelationshipId, AuditClient.Perspective($"w{i}-{n}"));
                    }
                    catch (HttpRequestException)
                    {
                        return; // the host is gone: this write's answer never came
                    }

                    Volatile.Write(ref acknowledged[i], n);
                    if (Interlocked.Increment(ref total) == killAfter)
                    {
                        enoughAcknowledged.TrySetResult();
                    }
                }
            })).ToArray();

            await enoughAcknowledged.Task.WaitAsync(TimeSpan.FromSeconds(60));
            host.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(loops).WaitAsync(TimeSpan.FromSeconds(60));
        }

        await using var restarted = await HostProcess.Start(settings);
        for (var i = 0; i < writers; i++)
        {
            var person = new AuditClient(restarted.CreateClient());
            person.UseKey(people[i].Key);
            var note = (await person.View(people[i].RelationshipId))["round"]!["myDraft"]!["dimensions"]!["initiation"]!["note"]!.GetValue<string>();
            var stored = int.Parse(note["w".Length..note.IndexOf(' ', StringComparison.Ordinal)].Split('-')[1], System.Globalization.CultureInfo.InvariantCulture);

            // The last acknowledged draft, or the one after it, whose commit landed but whose answer the kill cut off.
            Assert.InRange(stored, acknowledged[i], acknowledged[i] + 1);
        }
    }
}
