namespace Reciprocity.Host.Tests.Infrastructure;

/// <summary>A folder of its own for one test's database, removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("reciprocity-test-").FullName;

    public string SqliteConnectionString => $"Data Source={System.IO.Path.Combine(Path, "reciprocity.db")}";

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a host being torn down; the OS temp folder is cleaned anyway.
        }
    }
}
