using System.Diagnostics;
using Reciprocity.Storage;

namespace Reciprocity.Host.Hosting;

/// <summary>
/// Test-only: the storage's test points for a host process a test launched (HostProcess, HostCluster). Only in the
/// Testing environment, and only when the launcher sets <see cref="KillAfterStoringKey"/>, does the host register
/// <see cref="StorageTestHooks"/>; production composes none and the storage reads no test setting of its own.
/// </summary>
internal static class TestLauncherHooks
{
    /// <summary>Names a grain state (such as "archive-1"): the process kills itself (SIGKILL) the moment a write of it is stored.</summary>
    public const string KillAfterStoringKey = "Testing:KillAfterStoring";

    public static void AddTestLauncherHooks(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsEnvironment("Testing") || builder.Configuration[KillAfterStoringKey] is not { Length: > 0 } stateName)
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
