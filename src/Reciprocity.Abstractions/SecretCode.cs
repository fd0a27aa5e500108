using System.Buffers.Text;
using System.Security.Cryptography;

namespace Reciprocity;

/// <summary>
/// An access key, invite code or seat code: the id of the grain that owns it followed by 256 random bits.
/// The id lets the host find the grain; only the SHA-256 hash of the secret is ever stored.
/// </summary>
public static class SecretCode
{
    private const int IdBytes = 16;
    private const int SecretBytes = 32;

    /// <summary>A new code for <paramref name="ownerId"/> and the hash of its secret, the only part to keep.</summary>
    public static (string Code, byte[] SecretHash) Create(Guid ownerId)
    {
        Span<byte> raw = stackalloc byte[IdBytes + SecretBytes];
        ownerId.TryWriteBytes(raw[..IdBytes]);
        RandomNumberGenerator.Fill(raw[IdBytes..]);
        return (Base64Url.EncodeToString(raw), SHA256.HashData(raw[IdBytes..]));
    }

    /// <summary>Reads a code back into its owner id and the hash of its secret; false for anything malformed.</summary>
    public static bool TryRead(string? code, out Guid ownerId, out byte[] secretHash)
    {
        ownerId = Guid.Empty;
        secretHash = [];
        if (string.IsNullOrEmpty(code) || code.Length > 128 || !Base64Url.IsValid(code))
        {
            return false;
        }

        Span<byte> raw = stackalloc byte[IdBytes + SecretBytes + 3];
        if (!Base64Url.TryDecodeFromChars(code, raw, out var written) || written != IdBytes + SecretBytes)
        {
            return false;
        }

        ownerId = new Guid(raw[..IdBytes]);
        secretHash = SHA256.HashData(raw[IdBytes..written]);
        return true;
    }

    /// <summary>Constant-time comparison of two secret hashes.</summary>
    public static bool Matches(byte[]? expectedHash, byte[] presentedHash) =>
        expectedHash is { Length: > 0 } && CryptographicOperations.FixedTimeEquals(expectedHash, presentedHash);
}
