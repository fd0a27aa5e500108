using System.Collections.Frozen;
using System.Text.Json;
using Reciprocity.People;
using Reciprocity.Perspectives;

namespace Reciprocity.Host.Words;

/// <summary>
/// The method's fixed words (dimension titles, scale, leanings, seasons, pictures, "check-in", the experiences, thanks and small things), read from the one file
/// per language the web app reads too (<c>web/src/words/method-words.json</c> and <c>method-words.&lt;language&gt;.json</c>, embedded), so a report or an email says what the app says.
/// </summary>
public sealed record MethodWords(
    IReadOnlyDictionary<string, DimensionWords> Dimensions,
    IReadOnlyDictionary<string, string> Scale,
    IReadOnlyDictionary<string, string> LeansTheirs,
    IReadOnlyDictionary<string, string> SeasonPhrases,
    IReadOnlyDictionary<string, string> PicturesTheirs,
    CheckInWords CheckIn,
    ExperienceWords Experiences,
    TraceWords Traces,
    ReportWords Report)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly FrozenDictionary<string, MethodWords> ByLanguage =
        Languages.Supported.ToFrozenDictionary(language => language, Load, StringComparer.Ordinal);

    /// <summary>The method's words in a supported language (issue 23); English for anything else.</summary>
    public static MethodWords For(string? language) => ByLanguage[Languages.OrEnglish(language)];

    /// <summary>The embedded file of a language's method words: <c>method-words.json</c> for English, <c>method-words.&lt;language&gt;.json</c> for the others.</summary>
    public static string FileOf(string language) => language == Languages.English ? "method-words.json" : $"method-words.{language}.json";

    /// <summary>The dimensions in the method's order.</summary>
    public static IReadOnlyList<string> DimensionKeys { get; } = ["initiation", "depth", "crisisResponse", "maintenance"];

    public string ScaleWord(int score) => Scale[score.ToString(System.Globalization.CultureInfo.InvariantCulture)];

    public string LeaningOf(Leaning leaning, string name) => LeansTheirs[Key(leaning)].Replace("{name}", name, StringComparison.Ordinal);

    public string PictureOf(PictureKind kind) => PicturesTheirs[Key(kind)];

    public string? SeasonPhrase(SeasonKind kind) => SeasonPhrases.GetValueOrDefault(Key(kind));

    private static string Key<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>A language's file as embedded, for the tests that hold every language to the English shape.</summary>
    public static Stream Open(string language) =>
        typeof(MethodWords).Assembly.GetManifestResourceStream($"Reciprocity.Host.Words.{FileOf(language)}")
            ?? throw new InvalidOperationException($"The method's words in '{language}' are missing from the host assembly.");

    private static MethodWords Load(string language)
    {
        using var stream = Open(language);
        return JsonSerializer.Deserialize<MethodWords>(stream, Json)
            ?? throw new InvalidOperationException($"The method's words in '{language}' could not be read.");
    }
}

public sealed record DimensionWords(string Title, string Conversation);

public sealed record CheckInWords(string Word, IReadOnlyList<string> Ordinals);

/// <summary>How two views of a dimension sit together, as the reveal's headlines say it.</summary>
public sealed record ExperienceWords(string Similar, string Leans, string Scores, string SharedImbalance, string Unanswered);

/// <summary>What a filed report says of itself.</summary>
public sealed record ReportWords(string Confidential);

/// <summary>The headings of what stays of the conversation.</summary>
public sealed record TraceWords(string Appreciation, string SmallThing);
