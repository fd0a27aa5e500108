namespace Reciprocity.Storage;

/// <summary>
/// The database could not take or give state just now: full, read-only, unreachable or busy. Never a bug in a request;
/// the caller may try again. An <see cref="OrleansException"/>, so grain storage passes it on unwrapped, and it keeps its
/// type on its way to a host on another silo.
/// </summary>
[GenerateSerializer, Alias("Reciprocity.StorageUnavailableException")]
public sealed class StorageUnavailableException : OrleansException
{
    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
