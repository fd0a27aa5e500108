using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Reciprocity.People;

namespace Reciprocity.Host.Words;

/// <summary>
/// Every word the host writes for a person, in their language: the host's catalogues
/// (<c>Words/Catalogue/&lt;language&gt;/&lt;part&gt;.json</c>, embedded; flat keys, ICU messages, English word for word
/// what the host said before; a language's parts together make its catalogue, and no key is in two parts). A key
/// missing from a language falls back to English; the completeness tests keep none missing.
/// </summary>
public sealed class HostWords
{
    private static readonly FrozenDictionary<string, HostWords> ByLanguage =
        Languages.Supported.ToFrozenDictionary(language => language, Load, StringComparer.Ordinal);

    private readonly FrozenDictionary<string, IcuMessage> _messages;

    private HostWords(string language, FrozenDictionary<string, IcuMessage> messages)
    {
        Language = language;
        Culture = CultureInfo.GetCultureInfo(language);
        _messages = messages;
    }

    public string Language { get; }

    public CultureInfo Culture { get; }

    /// <summary>The catalogue's messages by key.</summary>
    public IReadOnlyDictionary<string, IcuMessage> Messages => _messages;

    public static HostWords English => ByLanguage[Languages.English];

    /// <summary>The words of a supported language; English for anything else.</summary>
    public static HostWords For(string? language) => ByLanguage[Languages.OrEnglish(language)];

    public string this[string key] => Format(key);

    public string Format(string key, params (string Name, object? Value)[] arguments)
    {
        var message = _messages.GetValueOrDefault(key) ?? English._messages.GetValueOrDefault(key)
            ?? throw new KeyNotFoundException($"No message '{key}' in the host's catalogues.");
        return message.Format(Culture, arguments.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal));
    }

    /// <summary>A grain's reason for a refusal, in these words.</summary>
    public string Say(Reason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return Format(reason.Key, [.. reason.Values.Select(v => (v.Key, (object?)v.Value))]);
    }

    /// <summary>The raw catalogue of a language, as embedded: all its parts together.</summary>
    public static IReadOnlyDictionary<string, string> Raw(string language)
    {
        var assembly = typeof(HostWords).Assembly;
        var prefix = $"Reciprocity.Host.Words.Catalogue.{language}";
        var parts = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix + "/", StringComparison.Ordinal) || name.StartsWith(prefix + "\\", StringComparison.Ordinal))
            .ToList();
        if (parts.Count == 0)
        {
            throw new InvalidOperationException($"The host's catalogue for '{language}' is missing from the host assembly.");
        }

        var messages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            using var stream = assembly.GetManifestResourceStream(part)!;
            var read = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidOperationException($"The host's catalogue part '{part}' could not be read.");
            foreach (var (key, message) in read)
            {
                if (!messages.TryAdd(key, message))
                {
                    throw new InvalidOperationException($"'{key}' is in two parts of the host's catalogue for '{language}'.");
                }
            }
        }

        return messages;
    }

    private static HostWords Load(string language) =>
        new(language, Raw(language).ToFrozenDictionary(m => m.Key, m => IcuMessage.Parse(m.Value), StringComparer.Ordinal));
}
