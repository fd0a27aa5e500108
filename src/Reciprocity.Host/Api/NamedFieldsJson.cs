using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Reciprocity.Perspectives;
using Reciprocity.Relationships;

namespace Reciprocity.Host.Api;

/// <summary>
/// Writes a draft save's <c>saved</c> with only the fields the save named: a field it did not name is absent rather
/// than <c>null</c>, which a reader could take for "the server holds nothing there". Reads are the ordinary ones.
/// </summary>
internal sealed class NamedFieldsJson : JsonConverter<Perspective>
{
    private JsonSerializerOptions? _named;

    /// <summary>Puts this converter on <see cref="DraftSaved.Saved"/> alone; every other perspective keeps its nulls.</summary>
    public static void OnDraftSaved(JsonTypeInfo type)
    {
        if (type.Type != typeof(DraftSaved))
        {
            return;
        }

        foreach (var property in type.Properties)
        {
            if (property.PropertyType == typeof(Perspective))
            {
                property.CustomConverter = new NamedFieldsJson();
            }
        }
    }

    public override Perspective? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<Perspective>(ref reader, options);

    public override void Write(Utf8JsonWriter writer, Perspective value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, Named(options));

    // The same options, leaving out nulls, made once from the first options it serves.
    private JsonSerializerOptions Named(JsonSerializerOptions options)
    {
        if (_named is { } named)
        {
            return named;
        }

        named = new JsonSerializerOptions(options) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        named.MakeReadOnly(populateMissingResolver: true);
        return _named = named;
    }
}
