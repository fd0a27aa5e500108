namespace Reciprocity.Host.Tests.Visibility;

/// <summary>What one client received, in order, with a way to wait until nothing more arrives.</summary>
public sealed class ReceivedLog
{
    private readonly List<ReceivedMessage> _messages = [];
    private TaskCompletionSource _arrival = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<ReceivedMessage> All
    {
        get
        {
            lock (_messages)
            {
                return [.. _messages];
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_messages)
            {
                return _messages.Count;
            }
        }
    }

    public void Add(ReceivedMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        TaskCompletionSource arrived;
        lock (_messages)
        {
            _messages.Add(message);
            if (message.Kind == ReceivedMessage.Ping)
            {
                return;
            }

            arrived = _arrival;
            _arrival = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        arrived.TrySetResult();
    }

    /// <summary>The messages from position <paramref name="from"/> on (a count taken earlier).</summary>
    public IReadOnlyList<ReceivedMessage> Since(int from) => [.. All.Skip(from)];

    /// <summary>
    /// Returns once nothing but pings arrived for <paramref name="quiet"/> (2 s unless told): for asserting that something
    /// was not sent, where there is no event to await. Fails if messages keep coming for longer than <paramref name="within"/>.
    /// </summary>
    public async Task Quiet(TimeSpan? quiet = null, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            Task arrival;
            lock (_messages)
            {
                arrival = _arrival.Task;
            }

            if (await Task.WhenAny(arrival, Task.Delay(quiet ?? TimeSpan.FromSeconds(2))) != arrival)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Messages kept coming for {(within ?? TimeSpan.FromSeconds(30)).TotalSeconds} s; the connection never fell quiet.");
        }
    }
}
