using Reciprocity.Host.Tests.Infrastructure;
using Reciprocity.Host.Tests.Storage;

namespace Reciprocity.Host.Tests.Reminders;

/// <summary>A host on fresh SQLite storage whose reminders go to a real SMTP server started here, with a clock the tests move.</summary>
public sealed class MailHostFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public TestMailServer Mail { get; private set; } = null!;

    public ShiftedClock Clock { get; } = new();

    public CapturedLog Log { get; } = new();

    public ReciprocityFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Mail = await TestMailServer.Start();
        var settings = new Dictionary<string, string>
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = Mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Smtp:UseTls"] = "false",
            ["Email:From"] = "Reciprocity <reminders@reciprocity.test>",
            ["PublicUrl"] = "https://reciprocity.test/",
        };
        Factory = await new ReciprocityFactory(_folder.SqliteConnectionString, settings: settings, log: Log, time: Clock).Ready();
    }

    public async Task<AuditClient> Person(string name) => await AuditClient.Create(Factory.CreateClient(), name);

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Mail.DisposeAsync();
        _folder.Dispose();
    }
}
