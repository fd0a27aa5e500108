using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Audits;

/// <summary>One host on a fresh SQLite file, shared by a test class.</summary>
public sealed class SqliteHostFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public ReciprocityFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync() => Factory = await new ReciprocityFactory(_folder.SqliteConnectionString).Ready();

    public async Task<AuditClient> Person(string name) => await AuditClient.Create(Factory.CreateClient(), name);

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        _folder.Dispose();
    }
}
