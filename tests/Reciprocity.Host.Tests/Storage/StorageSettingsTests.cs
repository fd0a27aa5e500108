using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using Reciprocity.Host.Storage;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Storage;

public sealed class StorageSettingsTests
{
    [Fact]
    public void Without_configuration_it_is_a_SQLite_file_under_the_content_root_on_the_documented_ports()
    {
        using var folder = new TempFolder();
        var settings = Read(folder, []);

        Assert.Equal(StorageProvider.Sqlite, settings.Provider);
        Assert.Equal(Path.Combine(folder.Path, "data", "reciprocity.db"), settings.Description);
        Assert.True(Directory.Exists(Path.Combine(folder.Path, "data")));
        Assert.Equal((11111, 30000, "reciprocity", "reciprocity"), (settings.SiloPort, settings.GatewayPort, settings.ClusterId, settings.ServiceId));
        Assert.Equal(System.Net.IPAddress.Loopback, settings.AdvertisedAddress);
    }

    [Theory]
    [InlineData("postgres", "Postgres", "Host=db;Database=r;Username=u")]
    [InlineData("SQLITE", "Sqlite", "Data Source=state/r.db")]
    public void The_provider_is_read_without_regard_to_case(string value, string expected, string connectionString)
    {
        using var folder = new TempFolder();
        var settings = Read(folder, new() { ["Storage:Provider"] = value, ["ConnectionStrings:Reciprocity"] = connectionString });
        Assert.Equal(expected, settings.Provider.ToString());
    }

    [Theory]
    [InlineData("Storage:Provider", "MySql")]
    [InlineData("Orleans:SiloPort", "0")]
    [InlineData("Orleans:GatewayPort", "not a port")]
    [InlineData("ConnectionStrings:Reciprocity", "Data Source=:memory:")]
    public void A_bad_setting_stops_startup_with_an_error_naming_its_key(string key, string value)
    {
        using var folder = new TempFolder();
        var error = Assert.Throws<InvalidOperationException>(() => Read(folder, new() { [key] = value }));
        Assert.Contains($"'{key}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_needs_a_connection_string_and_never_describes_its_password()
    {
        using var folder = new TempFolder();
        var missing = Assert.Throws<InvalidOperationException>(() => Read(folder, new() { ["Storage:Provider"] = "Postgres" }));
        Assert.Contains("'ConnectionStrings:Reciprocity'", missing.Message, StringComparison.Ordinal);

        var settings = Read(folder, new() { ["Storage:Provider"] = "Postgres", ["ConnectionStrings:Reciprocity"] = "Host=db;Database=r;Username=u;Password=hunter2" });
        Assert.DoesNotContain("hunter2", settings.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", settings.ToString(), StringComparison.Ordinal);
    }

    private static StorageSettings Read(TempFolder folder, Dictionary<string, string?> values) =>
        StorageSettings.Read(new ConfigurationBuilder().AddInMemoryCollection(values).Build(), new HostingEnvironment { ContentRootPath = folder.Path });
}
