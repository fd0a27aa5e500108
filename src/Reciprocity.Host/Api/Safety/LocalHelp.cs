using System.Globalization;
using Reciprocity.People;

namespace Reciprocity.Host.Api.Safety;

/// <summary>
/// The help the operator configured for the place they serve (<c>docs/operations.md</c>, "Local help resources"):
/// <c>Safety:Resources:0:Name</c>, <c>…:1:…</c> for every language, as before languages existed, and
/// <c>Safety:Resources:&lt;language&gt;:0:Name</c>, <c>…</c> for the readers of one language. A resource without a name is
/// skipped; a key that is neither a number nor a language the app speaks is set aside (and logged), never guessed at.
/// </summary>
public sealed class LocalHelp
{
    private const string Section = "Safety:Resources";

    private readonly IReadOnlyList<HelpApi.HelpResource> _forEveryLanguage;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<HelpApi.HelpResource>> _byLanguage;

    private LocalHelp(
        IReadOnlyList<HelpApi.HelpResource> forEveryLanguage,
        IReadOnlyDictionary<string, IReadOnlyList<HelpApi.HelpResource>> byLanguage,
        IReadOnlyList<string> setAside)
    {
        _forEveryLanguage = forEveryLanguage;
        _byLanguage = byLanguage;
        SetAside = setAside;
    }

    /// <summary>The keys under <c>Safety:Resources</c> that are neither a resource's number nor a supported language.</summary>
    public IReadOnlyList<string> SetAside { get; }

    public static LocalHelp Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var children = configuration.GetSection(Section).GetChildren().ToList();
        var forEveryLanguage = Resources(children.Where(child => IsNumber(child.Key)));
        var byLanguage = Languages.Supported.ToDictionary(
            language => language,
            language => (IReadOnlyList<HelpApi.HelpResource>)Resources(configuration.GetSection($"{Section}:{language}").GetChildren().Where(child => IsNumber(child.Key))),
            StringComparer.Ordinal);
        var setAside = children
            .Where(child => !IsNumber(child.Key) && !Languages.IsSupported(child.Key.ToLowerInvariant()))
            .Select(child => $"{Section}:{child.Key}")
            .ToList();
        return new LocalHelp(forEveryLanguage, byLanguage, setAside);
    }

    /// <summary>
    /// What a reader of <paramref name="language"/> is shown: the resources of their language; else those for every
    /// language; else the first language's that has some (en, es, de, ar: a local number in another language helps more
    /// than general advice); <c>null</c> when the operator configured none.
    /// </summary>
    public IReadOnlyList<HelpApi.HelpResource>? For(string language)
    {
        if (_byLanguage.TryGetValue(language, out var own) && own.Count > 0)
        {
            return own;
        }

        if (_forEveryLanguage.Count > 0)
        {
            return _forEveryLanguage;
        }

        return Languages.Supported.Select(other => _byLanguage[other]).FirstOrDefault(resources => resources.Count > 0);
    }

    private static List<HelpApi.HelpResource> Resources(IEnumerable<IConfigurationSection> entries) =>
        [.. entries
            .Select(resource => new HelpApi.HelpResource(resource["Name"] ?? "", resource["Description"] ?? "", Blank(resource["Phone"]), Blank(resource["Url"])))
            .Where(resource => resource.Name.Length > 0)];

    private static bool IsNumber(string key) => int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
