using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Storage;
using Reciprocity.Storage;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Storage;

/// <summary>A bare host with one silo configured only by <see cref="StorageSetup.AddReciprocityStorage"/>, on ports of its own.</summary>
public sealed class StorageSilo : IAsyncDisposable
{
    private static readonly TimeSpan StartStopLimit = TimeSpan.FromSeconds(60);

    private readonly IHost _host;

    private StorageSilo(IHost host, CapturedLog log)
    {
        _host = host;
        Log = log;
    }

    public CapturedLog Log { get; }

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public IGrainStorage Storage => _host.Services.GetRequiredKeyedService<IGrainStorage>(StorageSetup.GrainStorageName);

    public IServiceProvider Services => _host.Services;

    /// <summary>The storage health check's answer, through the health service as /health/ready asks it.</summary>
    public async Task<HealthStatus> ReadinessAsync()
    {
        var report = await _host.Services.GetRequiredService<HealthCheckService>()
            .CheckHealthAsync(check => check.Tags.Contains(StorageSetup.ReadyTag));
        return report.Status;
    }

    /// <summary>The settings a silo needs besides its own ports: provider, connection string, cluster.</summary>
    public static Dictionary<string, string?> Settings(string provider, string connectionString) => new()
    {
        ["Storage:Provider"] = provider,
        ["ConnectionStrings:Reciprocity"] = connectionString,
        ["Orleans:ClusterId"] = "storage-tests",
        ["Orleans:ServiceId"] = "storage-tests",
    };

    public static async Task<StorageSilo> StartAsync(IReadOnlyDictionary<string, string?> settings, string contentRoot, LogLevel logLevel = LogLevel.Information)
    {
        // No defaults: nothing from the machine's environment variables or appsettings leaks into the test.
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = contentRoot,
            EnvironmentName = "Testing",
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Orleans:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
        });
        var log = new CapturedLog();
        builder.Logging.AddProvider(log).SetMinimumLevel(logLevel);
        builder.UseOrleans(silo => silo.AddReciprocityStorage(builder.Configuration, builder.Environment));
        builder.Services.AddReciprocityStorageHealth();

        var host = builder.Build();
        using var limit = new CancellationTokenSource(StartStopLimit);
        try
        {
            await host.StartAsync(limit.Token);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new StorageSilo(host, log);
    }

    public async ValueTask DisposeAsync()
    {
        using var limit = new CancellationTokenSource(StartStopLimit);
        try
        {
            await _host.StopAsync(limit.Token);
        }
        finally
        {
            if (_host is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
            else
            {
                _host.Dispose();
            }
        }
    }
}
