using Reciprocity.Grains.Reminders;
using Reciprocity.People;

namespace Reciprocity.Grains.People;

/// <summary>
/// The address reminders go to (issue 24): nothing but one confirmation email goes to an address until its owner
/// confirmed it from the link in that email; the link works once, for a day; a person may ask for a few a day.
/// A confirmed address also signs its person in on a new device (PersonGrain.SignIn.cs).
/// </summary>
public sealed partial class PersonGrain
{
    private static readonly TimeSpan ConfirmationLifetime = TimeSpan.FromDays(1);

    // Enough for a typo corrected twice; not enough to mail strangers from one person.
    private const int ConfirmationsPerDay = 3;

    public async Task<EmailStatus> SetEmail(string email)
    {
        EnsureRegistered();
        var address = EmailAddress.Check(email);
        if (string.Equals(address, State.Email, StringComparison.OrdinalIgnoreCase))
        {
            await Commit(State with { PendingEmail = null });
            return EmailNow();
        }

        var now = time.GetUtcNow();
        var sent = State.ConfirmationsSent.RemoveAll(at => now - at >= OneADay);
        if (!mail.IsAvailable)
        {
            // Nothing can be sent, so nothing can be confirmed: it waits, and expires, like any unconfirmed address.
            await Commit(State with { PendingEmail = new PendingEmail(address, [], now + ConfirmationLifetime) });
            return EmailNow();
        }

        if (sent.Count >= ConfirmationsPerDay)
        {
            throw AuditRuleException.Invalid("email", "refusal.email.confirmationsToday");
        }

        if (!await Mailbox(address).TakeSend())
        {
            throw AuditRuleException.Invalid("email", "refusal.email.addressToday");
        }

        // Stored before sending: the link in the email is the only one that works, and the count holds after a restart.
        var (token, hash) = SecretCode.Create(PersonId);
        await Commit(State with { PendingEmail = new PendingEmail(address, hash, now + ConfirmationLifetime), ConfirmationsSent = sent.Add(now) });

        // Queued, never sent from here: a slow mail server must not hold this person's requests (issue 26 item 2).
        mail.Post(new EmailConfirmation(address, token, now + ConfirmationLifetime, Languages.OrEnglish(State.Language)));
        return EmailNow();
    }

    public async Task<bool> ConfirmEmail(byte[] tokenHash)
    {
        if (!State.IsRegistered)
        {
            // A link made up for nobody must not keep an activation until idle collection.
            DeactivateOnIdle();
            return false;
        }

        if (Waiting() is not { } pending || !SecretCode.Matches(pending.TokenHash, tokenHash))
        {
            return false;
        }

        // A new address starts with no unsubscribe links: one sent to the old address must not unsubscribe the new one.
        var same = string.Equals(pending.Address, State.Email, StringComparison.OrdinalIgnoreCase);
        var links = same ? State.UnsubscribeHashes : [];

        // The new address is told first whom it signs in: a crash before the commit leaves a claim the person refuses.
        var before = State.Email;
        await Addresses(pending.Address).Claim(PersonId);
        var signIn = same ? State.SignIn with { AddressClaimed = true } : State.SignIn with { Links = [], AddressClaimed = true };
        await Commit(State with { Email = pending.Address, PendingEmail = null, UnsubscribeHashes = links, SignIn = signIn });
        if (!same)
        {
            await LetAddressGo(before);
        }

        return true;
    }

    public async Task RemoveEmail()
    {
        EnsureRegistered();
        if (State.Email is not null || State.PendingEmail is not null)
        {
            var before = State.Email;
            await Commit(State with { Email = null, PendingEmail = null, SignIn = State.SignIn with { Links = [], AddressClaimed = false } });
            await LetAddressGo(before);
        }
    }

    private EmailStatus EmailNow() => Waiting() is { } pending
        ? new EmailStatus(State.Email, pending.Address, pending.Until)
        : new EmailStatus(State.Email, null, null);

    /// <summary>The address waiting for confirmation, unless its link expired.</summary>
    private PendingEmail? Waiting() => State.PendingEmail is { } pending && time.GetUtcNow() < pending.Until ? pending : null;

    private IMailboxGrain Mailbox(string address) => GrainFactory.GetGrain<IMailboxGrain>(EmailAddress.MailboxKey(address));
}
