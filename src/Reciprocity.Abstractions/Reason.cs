namespace Reciprocity;

/// <summary>
/// Why a grain refused, as words the host says in the reader's language (issue 23): <see cref="Key"/> names a message
/// of the host's catalogues (<c>refusal.…</c>, <c>src/Reciprocity.Host/Words/Catalogue</c>) and <see cref="Values"/>
/// fill its arguments (a name, a number). A grain never words a refusal itself, so nobody's language is decided
/// inside the rules, and a log line carries the key, not a person's name.
/// </summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.Reason")]
public sealed record Reason(
    [property: Id(0)] string Key,
    [property: Id(1)] IReadOnlyDictionary<string, object> Values)
{
    /// <summary>A reason with its values: strings, whole numbers or days.</summary>
    public static Reason Of(string key, params (string Name, object Value)[] values) =>
        new(key, values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));

    public override string ToString() => Key;
}
