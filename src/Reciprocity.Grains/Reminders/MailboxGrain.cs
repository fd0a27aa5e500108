using System.Collections.Immutable;

namespace Reciprocity.Grains.Reminders;

/// <summary>
/// One recipient address, known only by the hash of its lower-cased form: how many emails went to it in the last day.
/// Every email (a confirmation, a reminder) takes a send from it first, so however many people name one address, it
/// gets at most <see cref="MailboxGrain.SendsPerDay"/> emails a day from this service.
/// </summary>
[Alias("Reciprocity.IMailboxGrain")]
public interface IMailboxGrain : IGrainWithStringKey
{
    /// <summary>True, and counted, when the address may get one more email today; false when it had enough.</summary>
    [Alias("TakeSend")]
    Task<bool> TakeSend();
}

public sealed class MailboxGrain(
    [PersistentState("mailbox", ReciprocityStorage.Name)] IPersistentState<MailboxState> store,
    TimeProvider time) : Grain, IMailboxGrain
{
    /// <summary>A person's reminders (one a day) and a few confirmations fit; a flood does not.</summary>
    public const int SendsPerDay = 5;

    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    public async Task<bool> TakeSend()
    {
        var now = time.GetUtcNow();
        var recent = store.State.Sends.RemoveAll(sent => now - sent >= Day);
        if (recent.Count >= SendsPerDay)
        {
            return false;
        }

        await store.Replace(new MailboxState { Sends = recent.Add(now) });
        return true;
    }
}

/// <summary>When emails went to the address in the last day.</summary>
[GenerateSerializer, Alias("Reciprocity.MailboxState")]
public sealed record MailboxState
{
    [Id(0)] public ImmutableList<DateTimeOffset> Sends { get; init; } = [];
}
