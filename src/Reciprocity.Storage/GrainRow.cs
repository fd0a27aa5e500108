using System.Text;

namespace Reciprocity.Storage;

/// <summary>
/// Where one grain state lives: the key columns of a row of ReciprocityGrainState, computed exactly as Orleans' ADO.NET
/// provider computes them (its internal <c>AdoGrainKey</c>), so a row written here is the row the provider reads.
/// </summary>
internal sealed record GrainRowKey(string ServiceId, string GrainType, long N0, long N1, string? Extension, int IdHash, int TypeHash)
{
    /// <summary>
    /// The provider's key: a GUID key splits into N0 and N1, an integer key is N1, any other key is the extension string;
    /// the hashes are the provider's hasher over the same bytes it hashes.
    /// </summary>
    public static GrainRowKey For(string serviceId, string grainType, GrainId grainId, Func<byte[], int> hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        if (grainType.Contains('`', StringComparison.Ordinal))
        {
            // The provider rewrites generic type names; no state name of this project is one, and none may become one unseen.
            throw new ArgumentException($"The state name '{grainType}' looks like a generic type name, which the group commit does not key.", nameof(grainType));
        }

        long n0 = 0, n1 = 0;
        string? extension;
        byte[] bytes;
        if (grainId.TryGetGuidKey(out var guid, out extension))
        {
            bytes = guid.ToByteArray();
            n0 = BitConverter.ToInt64(bytes, 0);
            n1 = BitConverter.ToInt64(bytes, 8);
        }
        else if (grainId.TryGetIntegerKey(out var integer, out extension))
        {
            n1 = integer;
            bytes = BitConverter.GetBytes(integer);
        }
        else
        {
            extension = grainId.Key.ToString();
            bytes = [];
        }

        var hashed = extension is null ? bytes : [.. bytes, .. Encoding.UTF8.GetBytes(extension)];
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(hashed);
        }

        return new GrainRowKey(serviceId, grainType, n0, n1, extension, hash(hashed), hash(Encoding.UTF8.GetBytes(grainType)));
    }
}

/// <summary>What a write does to its row: store a new payload, or clear it (the row stays, with no payload).</summary>
internal enum GrainRowChange
{
    Store,
    Clear,
}

/// <summary>
/// One typed write for a group commit: the row, the version the grain last read or wrote (null before its first write),
/// and the serialized state (null for a clear).
/// </summary>
internal sealed record GrainRowWrite(GrainRowKey Key, GrainRowChange Change, int? ExpectedVersion, byte[]? Payload)
{
    public static GrainRowWrite Store(GrainRowKey key, int? expectedVersion, byte[] payload) => new(key, GrainRowChange.Store, expectedVersion, payload);

    public static GrainRowWrite Clear(GrainRowKey key, int? expectedVersion) => new(key, GrainRowChange.Clear, expectedVersion, null);
}

/// <summary>
/// A committed write's answer: the row's new version, or a version conflict (the row was at another version, or gone),
/// a value rather than an exception, which the grain storage turns into Orleans' <c>InconsistentStateException</c>.
/// </summary>
internal readonly record struct WriteOutcome(int? NewVersion)
{
    public static WriteOutcome Conflict { get; } = new(null);

    public bool IsConflict => NewVersion is null;
}
