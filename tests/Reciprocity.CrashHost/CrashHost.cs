using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Reciprocity.Host.Hosting;
using Reciprocity.Storage;

namespace Reciprocity.CrashHost;

/// <summary>
/// Test-only: the production host, composed exactly as its Program composes it (<see cref="ReciprocityHost"/>), plus the
/// crash points the launching test asks for in its settings. The tests start it instead of Reciprocity.Host.dll when
/// they set <see cref="KillAfterStoringKey"/> (HostLaunch in tests/Reciprocity.LoadTest); the production host reads no
/// test setting and registers no <see cref="StorageTestHooks"/>.
/// </summary>
internal static class CrashHost
{
    /// <summary>Names a grain state (such as "archive-1"): the process kills itself (SIGKILL) the moment a write of it is stored.</summary>
    public const string KillAfterStoringKey = "Testing:KillAfterStoring";

    public static int Main(string[] args) => ReciprocityHost.Run(args, AddCrashPoints);

    private static void AddCrashPoints(WebApplicationBuilder builder)
    {
        if (builder.Configuration[KillAfterStoringKey] is not { Length: > 0 } stateName)
        {
            return;
        }

        builder.Services.AddSingleton(new StorageTestHooks
        {
            AfterStored = stored =>
            {
                if (string.Equals(stored, stateName, StringComparison.Ordinal))
                {
                    using var self = Process.GetCurrentProcess();
                    self.Kill();
                }
            },
        });
    }
}
