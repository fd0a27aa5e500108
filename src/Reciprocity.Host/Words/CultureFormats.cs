using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Reciprocity.Host.Words;

/// <summary>
/// How the host writes a number, a day and a time in a person's language: as the web app's <c>Intl</c> writes them
/// (CLDR's data for the bare language: <c>en</c>, <c>es</c>, <c>de</c>, <c>ar</c>), so an email, a report and a page
/// say one date the same way. .NET's culture data (the system's ICU) gives the month names and the patterns; three
/// things are set where that data is older than the browsers' CLDR or says more than a sentence needs:
/// <list type="bullet">
/// <item>Arabic writes its numbers in Western digits (0–9) with "." and ",", CLDR's default numbering system for
/// <c>ar</c> since CLDR 46 (<c>latn</c>; <c>ar-EG</c>, <c>ar-SA</c> and a few others keep <c>arab</c>), which is what
/// current browsers give for <c>ar</c>. The system's older ICU would give Western digits with Arabic separators
/// ("1٬234"), a mix no reader writes.</item>
/// <item>Spanish groups thousands only from five digits ("1234", "12.345"), CLDR's minimum grouping for <c>es</c>.</item>
/// <item>A long day is the culture's long date without its weekday ("December 6, 2026", "6. Dezember 2026"), and a short
/// time the culture's short time with a plain space where ICU puts a narrow one ("9:05 AM"), as browsers write it.</item>
/// </list>
/// </summary>
public static partial class CultureFormats
{
    private static readonly ConcurrentDictionary<string, NumberFormatInfo> Numbers = new(StringComparer.Ordinal);

    public static string Number(double value, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var language = culture.TwoLetterISOLanguageName;
        var grouped = !(language == "es" && Math.Abs(value) < 10_000);
        return value.ToString(grouped ? "#,##0.###" : "0.###", Numbers.GetOrAdd(language, _ => NumbersOf(culture)));
    }

    public static string LongDay(DateTime day, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var pattern = Weekday().Replace(culture.DateTimeFormat.LongDatePattern, "").Trim();
        return day.ToString(pattern, culture);
    }

    public static string ShortTime(DateTime at, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return at.ToString(culture.DateTimeFormat.ShortTimePattern, culture).Replace('\u202F', ' ');
    }

    private static NumberFormatInfo NumbersOf(CultureInfo culture)
    {
        var numbers = (NumberFormatInfo)culture.NumberFormat.Clone();
        if (culture.TwoLetterISOLanguageName == "ar")
        {
            // CLDR's latn symbols for ar: the minus sign carries a left-to-right mark, so "-3" keeps its sign in front.
            numbers.NumberDecimalSeparator = ".";
            numbers.NumberGroupSeparator = ",";
            numbers.NegativeSign = "\u200E-";
            numbers.NativeDigits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
        }

        return NumberFormatInfo.ReadOnly(numbers);
    }

    // The weekday and the punctuation after it: "dddd, " (en, es, de), "dddd، " (ar).
    [GeneratedRegex(@"dddd[\p{P}\s]*", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();
}
