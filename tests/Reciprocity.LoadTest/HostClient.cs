namespace Reciprocity.LoadTest;

/// <summary>One host the generator drives: its base address and the HTTP client whose base address it is.</summary>
public sealed record HostClient(HttpClient Http, Uri BaseAddress);
