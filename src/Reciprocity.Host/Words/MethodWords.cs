using System.Text.Json;
using Reciprocity.Perspectives;

namespace Reciprocity.Host.Words;

/// <summary>
/// The method's fixed words (dimension titles, scale, leanings, seasons, pictures, "check-in", the experiences, thanks and small things), read from the one file
/// the web app reads too (<c>web/src/words/method-words.json</c>, embedded), so a report or an email says what the app says.
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

    public static MethodWords Current { get; } = Load();

    /// <summary>The dimensions in the method's order.</summary>
    public static IReadOnlyList<string> DimensionKeys { get; } = ["initiation", "depth", "crisisResponse", "maintenance"];

    public string ScaleWord(int score) => Scale[score.ToString(System.Globalization.CultureInfo.InvariantCulture)];

    public string LeaningOf(Leaning leaning, string name) => LeansTheirs[Key(leaning)].Replace("{name}", name, StringComparison.Ordinal);

    public string PictureOf(PictureKind kind) => PicturesTheirs[Key(kind)];

    public string? SeasonPhrase(SeasonKind kind) => SeasonPhrases.GetValueOrDefault(Key(kind));

    /// <summary>A round as people say it: "the second check-in".</summary>
    public string CheckInName(int number) =>
        number >= 1 && number <= CheckIn.Ordinals.Count ? $"{CheckIn.Ordinals[number - 1]} {CheckIn.Word}" : $"{CheckIn.Word} {number}";

    private static string Key<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static MethodWords Load()
    {
        using var stream = typeof(MethodWords).Assembly.GetManifestResourceStream("Reciprocity.Host.Words.method-words.json")
            ?? throw new InvalidOperationException("The method's words are missing from the host assembly.");
        return JsonSerializer.Deserialize<MethodWords>(stream, Json)
            ?? throw new InvalidOperationException("The method's words could not be read.");
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
