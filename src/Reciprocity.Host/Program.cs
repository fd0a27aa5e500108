using Reciprocity.Host.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddReciprocitySilo();
builder.AddReciprocityApi();

var app = builder.Build();
app.MapReciprocity();
app.Run();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
