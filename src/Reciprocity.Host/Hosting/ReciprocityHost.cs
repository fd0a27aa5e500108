namespace Reciprocity.Host.Hosting;

/// <summary>
/// The host from start to exit: composed for its role, mapped, run; a failure to start is said in plain words and
/// answered as the exit code. <c>Program</c> runs it as it is; the tests' crash launcher (tests/Reciprocity.CrashHost)
/// runs the same host with its own test-only parts added through <paramref name="compose"/>.
/// </summary>
public static class ReciprocityHost
{
    public static int Run(string[] args, Action<WebApplicationBuilder>? compose = null)
    {
        try
        {
            // Named after this assembly whichever program starts it: its static assets' manifest carries the name.
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions
            {
                Args = args,
                ApplicationName = typeof(ReciprocityHost).Assembly.GetName().Name,
            });
            var role = builder.AddReciprocity();
            compose?.Invoke(builder);

            var app = builder.Build();
            app.MapReciprocity(role);
            app.Run();
            return 0;
        }
        catch (Exception failure) when (failure is not HostAbortedException)
        {
            return StartupFailure.Report(failure);
        }
    }
}
