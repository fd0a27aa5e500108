using System.Net;
using Reciprocity.Host.Tests.Infrastructure;

namespace Reciprocity.Host.Tests.Security;

/// <summary>
/// Issue 24, item 3: started from another working directory, the host still reads the appsettings.json beside it,
/// and even with request logging at Information no log line holds an access key or a code from a URL.
/// </summary>
public sealed class SecretsInLogsTests
{
    [Fact]
    public async Task Started_from_another_directory_the_host_reads_its_settings_and_logs_no_key_or_code()
    {
        using var data = new TempFolder();
        using var elsewhere = new TempFolder();
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Reciprocity"] = data.SqliteConnectionString,

            // Every request's URL at Information, as the issue saw it; the rest of Microsoft.AspNetCore as appsettings.json says.
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting"] = "Information",
        };
        await using var host = await HostProcess.Start(settings, workingDirectory: elsewhere.Path);
        var alex = await AuditClient.Create(host.CreateClient(), "Alex");
        var (_, inviteCode) = await alex.StartRelationship("Sam");

        using var anonymous = host.CreateClient();
        using (await anonymous.PostAsync(new Uri($"/hubs/audit/negotiate?negotiateVersion=1&access_token={alex.AccessKey}", UriKind.Relative), null))
        using (await anonymous.GetAsync(new Uri($"/api/invites/{inviteCode}", UriKind.Relative)))
        using (await anonymous.GetAsync(new Uri($"/join/{inviteCode}", UriKind.Relative)))
        {
        }

        var output = await Logged(host, "/join/");
        Assert.DoesNotContain(alex.AccessKey, output, StringComparison.Ordinal);
        Assert.DoesNotContain(inviteCode, output, StringComparison.Ordinal);
        Assert.Contains("access_token=[redacted]", output, StringComparison.Ordinal);

        // appsettings.json was read: below Microsoft.AspNetCore.Hosting, its Warning holds (endpoint routing says nothing).
        Assert.DoesNotContain("Microsoft.AspNetCore.Routing", output, StringComparison.Ordinal);
    }

    // The console logger writes from its own queue: wait for the last request's line.
    private static async Task<string> Logged(HostProcess host, string lastPath)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!host.Output.Contains("GET " + host.BaseAddress.ToString().TrimEnd('/') + lastPath, StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return host.Output;
    }
}
