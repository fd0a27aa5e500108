using Reciprocity.Host.Hosting;

return ReciprocityHost.Run(args);

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
