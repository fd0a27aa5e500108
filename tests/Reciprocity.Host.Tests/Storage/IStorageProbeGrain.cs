namespace Reciprocity.Host.Tests.Storage;

/// <summary>A grain that only stores a value, to test the storage layer without the product's rules.</summary>
public interface IStorageProbeGrain : IGrainWithStringKey
{
    Task Write(string value);

    Task<string?> Read();

    Task Clear();
}
