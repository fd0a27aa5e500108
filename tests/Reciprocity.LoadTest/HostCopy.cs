using System.Diagnostics;

namespace Reciprocity.LoadTest;

/// <summary>
/// The built host copied into a fresh temp folder that every user may read and enter, for a test that runs it as
/// another (unprivileged) user: the checkout itself may sit in a private folder (a home folder, a mode-0700
/// <c>mktemp -d</c>) that such a user cannot enter. Removed afterwards.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostCopy : IDisposable
{
    private const UnixFileMode Readable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    private const UnixFileMode Enterable = Readable | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    private HostCopy(string folder) => Folder = folder;

    /// <summary>The folder holding Reciprocity.Host.dll and everything beside it.</summary>
    public string Folder { get; }

    public string HostDll => Path.Combine(Folder, "Reciprocity.Host.dll");

    /// <summary>Copies the host built beside the tests, and checks that <paramref name="user"/> can read it where it is.</summary>
    public static HostCopy For(string user)
    {
        var folder = Directory.CreateTempSubdirectory("reciprocity-host-").FullName;
        var copy = new HostCopy(folder);
        try
        {
            File.SetUnixFileMode(folder, Enterable);
            CopyReadable(new DirectoryInfo(AppContext.BaseDirectory), folder);
            copy.EnsureReadableBy(user);
            return copy;
        }
        catch
        {
            copy.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a host being torn down; the OS temp folder is cleaned anyway.
        }
    }

    private static void CopyReadable(DirectoryInfo from, string to)
    {
        foreach (var file in from.EnumerateFiles())
        {
            var target = Path.Combine(to, file.Name);
            file.CopyTo(target);
            File.SetUnixFileMode(target, Readable);
        }

        foreach (var folder in from.EnumerateDirectories())
        {
            var target = Directory.CreateDirectory(Path.Combine(to, folder.Name)).FullName;
            File.SetUnixFileMode(target, Enterable);
            CopyReadable(folder, target);
        }
    }

    // The temp folder's own parents (TMPDIR) must let the user through too: say so plainly rather than let the host
    // fail on a path it cannot resolve.
    private void EnsureReadableBy(string user)
    {
        var start = new ProcessStartInfo("runuser") { UseShellExecute = false, WorkingDirectory = Folder };
        foreach (var argument in (string[])["-u", user, "--", "test", "-r", HostDll])
        {
            start.ArgumentList.Add(argument);
        }

        using var check = Process.Start(start) ?? throw new InvalidOperationException("Could not start runuser.");
        check.WaitForExit();
        if (check.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"The user '{user}' cannot read {HostDll}: the temp folder {Path.GetTempPath()} must be open to every user (set TMPDIR to one that is, such as /tmp).");
        }
    }
}
