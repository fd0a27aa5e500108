using System.Diagnostics;

namespace Reciprocity.Host.Storage;

/// <summary>
/// For crash tests only: with ASPNETCORE_ENVIRONMENT=Testing and <see cref="Key"/> naming a grain state (such as
/// "archive"), the process kills itself with SIGKILL the moment a write of that state is stored, so that a test can stop
/// a grain exactly between two of its writes. In any other environment the setting is ignored.
/// </summary>
internal sealed class KillAfterStoring(string stateName)
{
    public const string Key = "Testing:KillAfterStoring";

    public static KillAfterStoring? From(IConfiguration configuration, IHostEnvironment environment) =>
        environment.IsEnvironment("Testing") && configuration[Key] is { Length: > 0 } stateName ? new KillAfterStoring(stateName) : null;

    public void Stored(string state)
    {
        if (string.Equals(state, stateName, StringComparison.Ordinal))
        {
            using var self = Process.GetCurrentProcess();
            self.Kill();
        }
    }
}
