using System.Text.Json;
using System.Text.Json.Nodes;
using Reciprocity.Host.Tests.Audits;

namespace Reciprocity.Host.Tests.Api;

/// <summary>
/// The OpenAPI document the host serves is the one checked in at web/src/api/openapi.json, from which the web app's
/// contract types are generated: a change to an endpoint's signature shows up here, and the web app is built against it.
/// </summary>
public sealed class OpenApiDocumentTests(SqliteHostFixture host) : IClassFixture<SqliteHostFixture>
{
    /// <summary>Set to 1 to write the served document over the checked-in copy instead of comparing them.</summary>
    public const string WriteVariable = "RECIPROCITY_WRITE_OPENAPI";

    public const string Regenerate = $"{WriteVariable}=1 dotnet test tests/Reciprocity.Host.Tests -c Release --filter FullyQualifiedName~OpenApiDocumentTests";

    [Fact]
    public async Task The_served_openapi_document_is_the_checked_in_copy()
    {
        using var http = host.Factory.CreateClient();
        var served = Normalised(await http.GetStringAsync("/openapi/v1.json"));
        var path = Path.Combine(RepositoryRoot(), "web", "src", "api", "openapi.json");
        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, served);
            return;
        }

        var checkedIn = File.Exists(path) ? Normalised(await File.ReadAllTextAsync(path)) : "";
        Assert.True(
            served == checkedIn,
            $"web/src/api/openapi.json is not the document the host serves ({FirstDifference(served, checkedIn)}). Regenerate it with:\n{Regenerate}");
    }

    [Fact]
    public async Task Every_operation_describes_each_answer_with_a_schema_unless_it_has_no_body()
    {
        using var http = host.Factory.CreateClient();
        var document = JsonNode.Parse(await http.GetStringAsync("/openapi/v1.json"))!;
        var missing = new List<string>();
        foreach (var (path, operations) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in operations!.AsObject())
            {
                foreach (var (status, response) in operation!["responses"]!.AsObject())
                {
                    var content = response!["content"]?.AsObject();
                    if (status != "204" && (content is null || content.Any(media => media.Value?["schema"] is null)))
                    {
                        missing.Add($"{method.ToUpperInvariant()} {path} {status}");
                    }
                }
            }
        }

        Assert.Empty(missing);
    }

    /// <summary>
    /// Keys sorted, two-space indents, one newline at the end; without <c>servers</c>, which names whatever address the
    /// document was asked at.
    /// </summary>
    private static string Normalised(string json)
    {
        var document = JsonNode.Parse(json)!.AsObject();
        document.Remove("servers");
        return Sorted(document)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Sorted)]),
        null => null,
        _ => node.DeepClone(),
    };

    private static string FirstDifference(string served, string checkedIn)
    {
        if (checkedIn.Length == 0)
        {
            return "no copy is checked in";
        }

        var a = served.Split('\n');
        var b = checkedIn.Split('\n');
        for (var line = 0; line < Math.Max(a.Length, b.Length); line++)
        {
            var left = line < a.Length ? a[line] : "(end)";
            var right = line < b.Length ? b[line] : "(end)";
            if (left != right)
            {
                return $"first at line {line + 1}: served {left.Trim()} where the copy has {right.Trim()}";
            }
        }

        return "they differ";
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Reciprocity.Orleans.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Reciprocity.Orleans.sln above {AppContext.BaseDirectory}.");
    }
}
