using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Reciprocity.Host.Words;
using Reciprocity.People;

namespace Reciprocity.Host.Tests.Translation;

/// <summary>The host's catalogues (issue 23): every language complete, every message well formed, every key used.</summary>
public sealed partial class HostCatalogueTests
{
    public static TheoryData<string> Translations => [.. Languages.Supported.Where(language => language != Languages.English)];

    [Theory]
    [MemberData(nameof(Translations))]
    public void Each_language_has_every_English_key_and_no_other(string language)
    {
        var english = HostWords.Raw(Languages.English).Keys.Order(StringComparer.Ordinal).ToList();
        var translated = HostWords.Raw(language).Keys.Order(StringComparer.Ordinal).ToList();
        Assert.Equal([], english.Except(translated));
        Assert.Equal([], translated.Except(english));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Each_message_parses_and_takes_the_arguments_the_English_one_takes(string language)
    {
        var english = HostWords.Raw(Languages.English);
        foreach (var (key, source) in HostWords.Raw(language))
        {
            var message = IcuMessage.Parse(source);
            Assert.True(
                IcuMessage.Parse(english[key]).Arguments.SetEquals(message.Arguments),
                $"{language} {key} takes {string.Join(", ", message.Arguments)}; English takes {string.Join(", ", IcuMessage.Parse(english[key]).Arguments)}.");
        }
    }

    [Fact]
    public void Every_key_is_used_by_the_code()
    {
        var source = SourceCode();
        bool Quoted(string text) => source.Contains($"\"{text}\"", StringComparison.Ordinal);

        // Every message is said by its key where it is given, a problem's title too: none is found by its English words.
        var unused = HostWords.Raw(Languages.English).Keys.Where(key => !Quoted(key));
        Assert.Equal([], unused);
    }

    [Fact]
    public void Every_reason_a_grain_gives_is_in_the_catalogue()
    {
        var source = SourceCode();
        var given = ReasonKey().Matches(source).Select(match => match.Groups["key"].Value).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(given);
        Assert.Equal([], given.Except(HostWords.Raw(Languages.English).Keys));
    }

    [GeneratedRegex("\"(?<key>refusal\\.[A-Za-z0-9.]+)\"")]
    private static partial Regex ReasonKey();

    [Fact]
    public void Plurals_follow_each_language_s_own_rules_and_apostrophes_quote_as_ICU_s_do()
    {
        var message = IcuMessage.Parse("{n, plural, =0 {none} zero {zero:#} one {one:#} two {two:#} few {few:#} many {many:#} other {other:#}} '{'x'}' Lee's");
        string Say(string language, int n) => message.Format(CultureInfo.GetCultureInfo(language), new Dictionary<string, object?> { ["n"] = n });

        Assert.Equal("none {x} Lee's", Say("en", 0));
        Assert.Equal("one:1 {x} Lee's", Say("en", 1));
        Assert.Equal("other:2 {x} Lee's", Say("de", 2));
        Assert.Equal("two:2 {x} Lee's", Say("ar", 2));
        Assert.Equal("few:3 {x} Lee's", Say("ar", 3));
        Assert.Equal("many:11 {x} Lee's", Say("ar", 11));
        Assert.Equal("other:1,000 {x} Lee's", Say("en", 1000));
        Assert.Equal("other:1.000 {x} Lee's", Say("de", 1000));
    }

    [Theory]
    [InlineData("{a")]
    [InlineData("a}")]
    [InlineData("{n, plural, one {x}}")]
    [InlineData("{n, number}")]
    [InlineData("'{a")]
    public void A_broken_message_is_refused(string source) => Assert.Throws<FormatException>(() => IcuMessage.Parse(source));

    [Fact]
    public void Days_are_written_in_each_language_s_words()
    {
        var message = IcuMessage.Parse("{day, date, long} {day, time, short}");
        var day = new DateTimeOffset(2026, 12, 6, 14, 5, 0, TimeSpan.Zero);
        string Say(string language) => message.Format(CultureInfo.GetCultureInfo(language), new Dictionary<string, object?> { ["day"] = day });

        Assert.Equal("December 6, 2026 2:05 PM", Say("en"));
        Assert.Equal("6 de diciembre de 2026 14:05", Say("es"));
        Assert.Equal("6. Dezember 2026 14:05", Say("de"));
        Assert.Equal("6 ديسمبر 2026 2:05 م", Say("ar"));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void The_method_s_words_in_each_language_have_the_English_shape(string language)
    {
        using var english = JsonDocument.Parse(MethodWords.Open(Languages.English));
        using var translated = JsonDocument.Parse(MethodWords.Open(language));
        Assert.Equal(Shape(english.RootElement), Shape(translated.RootElement));
        Assert.Equal(MethodWords.For(Languages.English).Scale.Count, MethodWords.For(language).Scale.Count);
        Assert.NotEqual(MethodWords.For(Languages.English).Dimensions["depth"].Title, MethodWords.For(language).Dimensions["depth"].Title);
    }

    // Every path, with each text's placeholders ({name}) and each list's length; the "$comment" is the file's own.
    private static List<string> Shape(JsonElement element, string at = "")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                return [.. element.EnumerateObject().Where(p => p.Name != "$comment").SelectMany(p => Shape(p.Value, $"{at}.{p.Name}")).Order(StringComparer.Ordinal)];
            case JsonValueKind.Array:
                return [$"{at}[{element.GetArrayLength()}]", .. element.EnumerateArray().SelectMany((item, i) => Shape(item, $"{at}[{i}]"))];
            default:
                var text = element.GetString() ?? "";
                Assert.False(string.IsNullOrWhiteSpace(text), $"{at} is empty.");
                return [$"{at}: {string.Join(" ", Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal))}"];
        }
    }

    /// <summary>Every C# file of the product, as one text.</summary>
    private static string SourceCode() => string.Join('\n', Directory.EnumerateFiles(Path.Combine(RepoRoot(), "src"), "*.cs", SearchOption.AllDirectories)
        .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
        .Select(File.ReadAllText));

    private static string RepoRoot()
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

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex Placeholder();
}
