using System.Text;

namespace Reciprocity.Host.Tests.Safety;

/// <summary>
/// What a SQLite database holds on disk, read while the host runs: the file, its WAL and its shared memory, every byte,
/// free space included. A search for a marker finds it in live rows, in free space inside pages and on free pages alike.
/// </summary>
internal static class StoredBytes
{
    public static byte[] Of(string folder) =>
        [.. Directory.GetFiles(folder, "reciprocity.db*").SelectMany(ReadShared)];

    /// <summary>How many times <paramref name="marker"/> appears in <paramref name="bytes"/>, as UTF-8 or UTF-16LE.</summary>
    public static int Count(byte[] bytes, string marker) =>
        Occurrences(bytes, Encoding.UTF8.GetBytes(marker)) + Occurrences(bytes, Encoding.Unicode.GetBytes(marker));

    private static int Occurrences(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> marker)
    {
        var count = 0;
        for (var at = bytes.IndexOf(marker); at >= 0; at = bytes.IndexOf(marker))
        {
            count++;
            bytes = bytes[(at + marker.Length)..];
        }

        return count;
    }

    private static byte[] ReadShared(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        file.CopyTo(copy);
        return copy.ToArray();
    }
}
