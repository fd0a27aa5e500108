using System.Text;
using System.Text.Json;
using Reciprocity.Host.Tests.Visibility;

namespace Reciprocity.Host.Tests.Safety;

/// <summary>
/// What a person could read in what they received and what the storage holds, decoded: the strings of a JSON answer as
/// text (a JSON writer may spell ' as \u0027, so a search of the raw body could never find it), a text answer as it is,
/// and a storage file's bytes as UTF-8 and as UTF-16LE.
/// </summary>
internal static class DecodedText
{
    /// <summary>Every string (and property name) of every answer, decoded, with where it came from.</summary>
    public static IEnumerable<(string Source, string Text)> Of(IEnumerable<ReceivedMessage> answers) =>
        answers.Select(answer => (answer.Source, string.Join('\n', Strings(answer.Body))));

    /// <summary>The words found anywhere in <paramref name="answers"/>, each with the first answer that held it.</summary>
    public static IReadOnlyList<string> Found(IEnumerable<ReceivedMessage> answers, IEnumerable<string> words)
    {
        var texts = Of(answers).ToList();
        return [.. words.SelectMany(word => texts.Where(t => t.Text.Contains(word, StringComparison.Ordinal)).Take(1).Select(t => $"'{word}' in {t.Source}"))];
    }

    /// <summary>The words found in <paramref name="bytes"/>, as UTF-8 or UTF-16LE.</summary>
    public static IReadOnlyList<string> FoundIn(byte[] bytes, IEnumerable<string> words) =>
        [.. words.Where(word => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(word)) >= 0 || bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(word)) >= 0)];

    /// <summary>Every string and property name in <paramref name="element"/>, decoded.</summary>
    public static IEnumerable<string> Strings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                yield return element.GetString()!;
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    yield return property.Name;
                    foreach (var text in Strings(property.Value))
                    {
                        yield return text;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var text in element.EnumerateArray().SelectMany(Strings))
                {
                    yield return text;
                }

                break;
        }
    }
}
