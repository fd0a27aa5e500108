using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using Reciprocity.Grains.Realtime;
using Reciprocity.Realtime;

namespace Reciprocity.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class LiveRelaysTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_host_that_registers_is_reached_once_the_list_is_older_than_its_freshness()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var silo = Assert.IsType<InProcessSiloHandle>(fixture.Cluster.Primary).SiloHost.Services;
        var relays = new LiveRelays(silo.GetRequiredService<IGrainFactory>(), time, NullLogger<LiveRelays>.Instance);
        var directory = fixture.Grains.GetGrain<IRelayDirectoryGrain>(0);
        var first = new CollectingRelay();
        var second = new CollectingRelay();
        var firstReference = fixture.Grains.CreateObjectReference<IAuditRelay>(first);
        var secondReference = fixture.Grains.CreateObjectReference<IAuditRelay>(second);
        try
        {
            await directory.Subscribe(firstReference);
            relays.Publish(Message(1));
            Assert.Equal(1, await first.Next());

            // Within its freshness the list is not read again: the new host is not known yet, the first still is.
            await directory.Subscribe(secondReference);
            relays.Publish(Message(2));
            Assert.Equal(2, await first.Next());

            // Past it, the next event reads the directory; the events published while it is read wait for it, none is lost.
            time.Advance(LiveRelays.Freshness + TimeSpan.FromMilliseconds(1));
            for (var number = 3; number <= 8; number++)
            {
                relays.Publish(Message(number));
            }

            int[] expected = [3, 4, 5, 6, 7, 8];
            Assert.Equal(expected, await first.Next(expected.Length));
            Assert.Equal(expected, await second.Next(expected.Length));
            Assert.Equal(0, second.Earlier(3));
        }
        finally
        {
            await directory.Unsubscribe(firstReference);
            await directory.Unsubscribe(secondReference);
            fixture.Grains.DeleteObjectReference<IAuditRelay>(firstReference);
            fixture.Grains.DeleteObjectReference<IAuditRelay>(secondReference);
        }
    }

    private static LiveMessage Message(int number) => LiveMessage.To($"test:{number}", new PartnerLeft(Guid.Empty));

    private sealed class CollectingRelay : IAuditRelay
    {
        private readonly Channel<int> _numbers = Channel.CreateUnbounded<int>();
        private readonly List<int> _all = [];

        public Task Deliver(LiveMessage message)
        {
            var number = int.Parse(message.Audience["test:".Length..], System.Globalization.CultureInfo.InvariantCulture);
            lock (_all)
            {
                _all.Add(number);
            }

            _numbers.Writer.TryWrite(number);
            return Task.CompletedTask;
        }

        public Task ForgetAccessKeys(Guid personId) => Task.CompletedTask;

        public async Task<int> Next() => await _numbers.Reader.ReadAsync().AsTask().WaitAsync(Bound);

        /// <summary>The next <paramref name="count"/> events' numbers, in ascending order (Orleans does not promise delivery order).</summary>
        public async Task<int[]> Next(int count)
        {
            var numbers = new List<int>();
            for (var i = 0; i < count; i++)
            {
                numbers.Add(await Next());
            }

            return [.. numbers.Order()];
        }

        /// <summary>How many events numbered below <paramref name="number"/> this relay received.</summary>
        public int Earlier(int number)
        {
            lock (_all)
            {
                return _all.Count(n => n < number);
            }
        }
    }
}
