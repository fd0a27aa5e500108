namespace Reciprocity.Host.Tests.Reminders;

/// <summary>Mail goes out from a queue after the request was answered: a test waits for what the queue does.</summary>
public static class Queued
{
    /// <summary>Waits, up to ten seconds, for something the mail queue does after the request was answered.</summary>
    public static async Task Eventually(Func<bool> done)
    {
        ArgumentNullException.ThrowIfNull(done);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!done())
        {
            Assert.True(DateTime.UtcNow < deadline, "What the mail queue should have done did not happen within ten seconds.");
            await Task.Delay(20);
        }
    }
}
