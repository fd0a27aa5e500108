using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Reciprocity.Host.Tests.Infrastructure;
using Reciprocity.Host.Tests.Storage;

namespace Reciprocity.Host.Tests.Reminders;

/// <summary>
/// Issue 26 item 2: mail goes out from a queue outside every grain, with one deadline for the whole send and a retry
/// later. A mail server that greets one byte every two seconds holds no request of the person it writes to.
/// </summary>
public sealed class MailQueueTests : IAsyncLifetime
{
    private const int DeadlineSeconds = 4;

    private readonly TempFolder _folder = new();
    private readonly CapturedLog _log = new();
    private DrippingMailServer _drip = null!;
    private ReciprocityFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _drip = new DrippingMailServer(TimeSpan.FromSeconds(2));
        var settings = new Dictionary<string, string>
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = _drip.Port.ToString(CultureInfo.InvariantCulture),
            ["Email:Smtp:UseTls"] = "false",
            ["Email:From"] = "Reciprocity <reminders@reciprocity.test>",
            ["Email:SendDeadlineSeconds"] = DeadlineSeconds.ToString(CultureInfo.InvariantCulture),
            ["Email:RetryAfterSeconds"] = "1",
        };
        _factory = await new ReciprocityFactory(_folder.SqliteConnectionString, settings: settings, log: _log).Ready();
    }

    [Fact]
    public async Task A_dripping_mail_server_holds_none_of_the_persons_requests_and_the_send_gives_up_at_its_deadline_and_is_retried()
    {
        var sam = await AuditClient.Create(_factory.CreateClient(), "Sam");
        using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(3));

        // Giving an address queues its confirmation: the answer does not wait for the mail server.
        var watch = Stopwatch.StartNew();
        using (var set = await sam.Http.PutAsJsonAsync("/api/me/email", new { email = "sam@example.org" }, quick.Token))
        {
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        }

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"Giving an address took {watch.Elapsed}.");

        // While the courier waits on the server's greeting, every request of Sam's is answered at once.
        var connected = await _drip.NextConnection(seconds: 10);
        for (var i = 0; i < 5; i++)
        {
            watch.Restart();
            using var me = await sam.Http.GetAsync(new Uri("/api/me", UriKind.Relative), quick.Token);
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"A request while the mail server dripped took {watch.Elapsed}.");
            using var reading = await sam.Http.GetAsync(new Uri("/api/me/reading", UriKind.Relative), quick.Token);
            Assert.Equal(HttpStatusCode.OK, reading.StatusCode);
        }

        // One deadline for the whole send: the courier hangs up after it, however steadily the bytes come.
        var hungUp = await _drip.NextHangUp(seconds: DeadlineSeconds + 10);
        Assert.InRange(hungUp - connected, TimeSpan.FromSeconds(DeadlineSeconds - 1), TimeSpan.FromSeconds(DeadlineSeconds + 3));
        await Queued.Eventually(() => _log.Lines.Any(line => line.Contains("could not be sent (the deadline passed); it is tried again", StringComparison.Ordinal)));

        // And tries again later.
        await _drip.NextConnection(seconds: 10);
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _drip.DisposeAsync();
        _folder.Dispose();
    }
}
