using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Reciprocity.Storage;
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
        Assert.Equal((11111, "reciprocity", "reciprocity"), (settings.SiloPort, settings.ClusterId, settings.ServiceId));
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
    [InlineData("Orleans:SiloPort", "not a port")]
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

    [Fact]
    public void A_host_advertising_a_routable_address_listens_for_other_silos_and_opens_no_gateway()
    {
        using var folder = new TempFolder();
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = folder.Path });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Reciprocity"] = "Host=db;Database=r;Username=u",
            ["Orleans:AdvertisedIP"] = "10.1.2.3",
            ["Orleans:SiloPort"] = "11111",
        });
        builder.UseOrleans(silo => silo.AddReciprocityStorage(builder.Configuration, builder.Environment));

        // Built, never started: only the endpoints Orleans would open are read.
        using var host = builder.Build();
        var endpoints = host.Services.GetRequiredService<IOptions<EndpointOptions>>().Value;
        Assert.Equal(IPAddress.Parse("10.1.2.3"), endpoints.AdvertisedIPAddress);
        Assert.Equal(new IPEndPoint(IPAddress.Any, 11111), endpoints.SiloListeningEndpoint);
        Assert.Equal(0, endpoints.GatewayPort);
        Assert.Null(endpoints.GatewayListeningEndpoint);
    }

    private static StorageSettings Read(TempFolder folder, Dictionary<string, string?> values) =>
        StorageSettings.Read(new ConfigurationBuilder().AddInMemoryCollection(values).Build(), new HostingEnvironment { ContentRootPath = folder.Path });
}
