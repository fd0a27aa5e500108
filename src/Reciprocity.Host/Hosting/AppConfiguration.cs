using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;

namespace Reciprocity.Host.Hosting;

/// <summary>
/// The host's settings come from the <c>appsettings.json</c> beside the app, wherever it is started from (a start from
/// another working directory used to miss it and log at Information), and its logs never hold a secret.
/// </summary>
public static class AppConfiguration
{
    public static WebApplicationBuilder UseAppSettingsBesideTheApp(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var sources = builder.Configuration.Sources;
        var first = sources.Select((source, index) => (source, index)).FirstOrDefault(entry => entry.source is JsonConfigurationSource { Path: "appsettings.json" });
        var besideTheApp = new PhysicalFileProvider(AppContext.BaseDirectory);

        // Before the working directory's files, so those (the same ones under `dotnet run`), the environment and the command line still win.
        var at = first.source is null ? 0 : first.index;
        foreach (var file in new[] { $"appsettings.{builder.Environment.EnvironmentName}.json", "appsettings.json" })
        {
            sources.Insert(at, new JsonConfigurationSource { Path = file, FileProvider = besideTheApp, Optional = true, ReloadOnChange = false });
        }

        builder.Services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(services =>
            new RedactingLoggerFactory(ActivatorUtilities.CreateInstance<LoggerFactory>(services))));
        return builder;
    }
}
