using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Reciprocity.Relationships;

namespace Reciprocity.Host.Api;

/// <summary>
/// Writes each revealed round's JSON once. Every answer carries the whole history (the contract), and a revealed
/// round never changes, so the relationship's grain hands out the same view instances and their JSON is remembered
/// for as long as an instance lives. Reads are the ordinary ones.
/// </summary>
internal sealed class RevealedRoundJson : JsonConverter<RevealedRoundView>
{
    private readonly ConditionalWeakTable<RevealedRoundView, byte[]> _written = [];
    private JsonSerializerOptions? _plain;

    public override RevealedRoundView? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<RevealedRoundView>(ref reader, Plain(options));

    public override void Write(Utf8JsonWriter writer, RevealedRoundView value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var json = _written.GetValue(value, round => JsonSerializer.SerializeToUtf8Bytes(round, Plain(options)));
        writer.WriteRawValue(json, skipInputValidation: true);
    }

    // The same options without this converter, made once from the first options it serves.
    private JsonSerializerOptions Plain(JsonSerializerOptions options)
    {
        if (_plain is { } plain)
        {
            return plain;
        }

        plain = new JsonSerializerOptions(options);
        plain.Converters.Remove(this);
        plain.MakeReadOnly(populateMissingResolver: true);
        return _plain = plain;
    }
}
