using System.Security.Cryptography;
using System.Text;

namespace Reciprocity.Grains.Reminders;

/// <summary>What counts as a plausible email address: one line, one @, a dotted domain, up to 254 characters.</summary>
public static class EmailAddress
{
    public const int Limit = 254;

    /// <summary>The address trimmed, or a refusal naming <c>email</c>.</summary>
    public static string Check(string? email)
    {
        var trimmed = email?.Trim() ?? "";
        var at = trimmed.LastIndexOf('@');
        var domain = at < 0 ? "" : trimmed[(at + 1)..];
        var plausible = trimmed.Length is > 0 and <= Limit
            && at is > 0 and <= 64
            && trimmed.IndexOf('@') == at
            && domain.Contains('.', StringComparison.Ordinal)
            && !domain.StartsWith('.') && !domain.EndsWith('.') && !domain.Contains("..", StringComparison.Ordinal)
            && !EncodedWords.Appear(trimmed)
            && !trimmed.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or '(' or ')' or ',' or ';' or ':' or '"' or '[' or ']' or '\\');
        if (!plausible)
        {
            throw trimmed.Length > Limit
                ? AuditRuleException.Invalid("email", "refusal.email.tooLong", ("limit", Limit))
                : AuditRuleException.Invalid("email", "refusal.email.notAnAddress");
        }

        return trimmed;
    }

    /// <summary>The key of the address's mailbox grain: a hash, so storage never names the address outside its owner's state.</summary>
    public static string MailboxKey(string address) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(address.ToLowerInvariant())));
}
