using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reciprocity.Host.Tests.Storage;

namespace Reciprocity.Host.Tests.Infrastructure;

/// <summary>
/// The real host in memory: a co-hosted silo on its own ports and durable storage in the given database.
/// <paramref name="services"/> may replace a service, for a test that stages what a real part cannot be made to do on cue.
/// </summary>
public sealed class ReciprocityFactory(
    string connectionString,
    string provider = "Sqlite",
    IReadOnlyDictionary<string, string>? settings = null,
    CapturedLog? log = null,
    TimeProvider? time = null,
    Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:Provider", provider);
        builder.UseSetting("ConnectionStrings:Reciprocity", connectionString);
        builder.UseSetting("Orleans:SiloPort", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:CreationsPerMinute", "100000");
        builder.UseSetting("RateLimits:FailedKeysPerMinute", "100000");
        builder.UseSetting("RateLimits:RelationshipsPerMinute", "100000");
        builder.UseSetting("RateLimits:LookupsPerMinute", "100000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        if (time is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(time));
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }

        if (log is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(log));
        }
    }

    /// <summary>Starts the host and waits until it reports ready.</summary>
    public async Task<ReciprocityFactory> Ready()
    {
        using var client = CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await client.GetAsync("/health/ready")).StatusCode != System.Net.HttpStatusCode.OK)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The host did not become ready within 30 s.");
            }

            await Task.Delay(50);
        }

        return this;
    }
}
