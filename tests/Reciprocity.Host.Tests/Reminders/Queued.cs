using Microsoft.Extensions.DependencyInjection;
using Reciprocity.Host.Reminders;
using Reciprocity.Host.Tests.Infrastructure;

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

    /// <summary>Waits until the host's mail queue handled every email posted so far: sent, or refused by the server.</summary>
    public static Task Drained(ReciprocityFactory host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var queue = host.Services.GetRequiredService<MailQueue>();
        return Eventually(() => queue.Unsent == 0);
    }
}
