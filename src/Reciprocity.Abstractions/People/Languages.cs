namespace Reciprocity.People;

/// <summary>
/// The languages a person can choose (issue 23): each has the web app's catalogues, the host's and the method's
/// words. A person's language is one of these codes; an old person, stored before there was one, reads as English.
/// </summary>
public static class Languages
{
    public const string English = "en";

    /// <summary>The supported codes, English first.</summary>
    public static IReadOnlyList<string> Supported { get; } = [English, "es", "de", "ar"];

    public static bool IsSupported(string? language) => language is not null && Supported.Contains(language, StringComparer.Ordinal);

    /// <summary>The supported language itself, or English for anything else (an old row, a missing value).</summary>
    public static string OrEnglish(string? language) => IsSupported(language) ? language! : English;
}
