using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reciprocity.Host.Api;

/// <summary>
/// The contract's JSON: camelCase names, camelCase enum strings (never numbers), integers only where integers are due,
/// and no field the contract does not name (a misspelled one would otherwise be dropped without a word).
/// </summary>
public static class ReciprocityJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = null;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new RevealedRoundJson());
    }

    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        return options;
    }
}
