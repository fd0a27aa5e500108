using Reciprocity.Host.Hosting;

try
{
    var builder = WebApplication.CreateBuilder(args);
    var role = builder.AddReciprocity();

    var app = builder.Build();
    app.MapReciprocity(role);
    app.Run();
    return 0;
}
catch (Exception failure) when (failure is not HostAbortedException)
{
    return StartupFailure.Report(failure);
}

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
