using Reciprocity.Host.Words;
using Reciprocity.People;

namespace Reciprocity.Host.Tests.Translation;

/// <summary>
/// Dates and numbers in the host's words are the person's culture's, written as the web app's <c>Intl</c> writes them
/// for the same language (issue 23). The expected texts are what Chromium (and Node's ICU 78, CLDR 48) give for
/// <c>formatDate(d, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })</c>,
/// <c>{ timeStyle: 'short', timeZone: 'UTC' }</c> and <c>formatNumber</c>; Arabic in Western digits, CLDR's default for <c>ar</c>.
/// </summary>
public sealed class CultureFormatsTests
{
    private static readonly DateTimeOffset Moment = new(2026, 3, 1, 9, 5, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("en", "Opened on March 1, 2026, 9:05 AM UTC.")]
    [InlineData("es", "Se abrió el 1 de marzo de 2026, a las 9:05 UTC.")]
    [InlineData("de", "Geöffnet am 1. März 2026 um 09:05 UTC.")]
    [InlineData("ar", "فُتح في 1 مارس 2026، الساعة 9:05 ص UTC.")]
    public void A_moment_in_the_report_is_written_as_the_browser_writes_it_in_that_language(string language, string expected) =>
        Assert.Equal(expected, HostWords.For(language).Format("report.opened", ("at", Moment)));

    [Theory]
    [InlineData("en", 1234.5, "1,234.5")]
    [InlineData("en", 12345, "12,345")]
    [InlineData("es", 1234, "1234")]
    [InlineData("es", 12345.5, "12.345,5")]
    [InlineData("de", 1234, "1.234")]
    [InlineData("ar", 1234.5, "1,234.5")]
    [InlineData("ar", -3, "\u200E-3")]
    public void A_number_is_written_as_the_browser_writes_it_in_that_language(string language, double number, string expected) =>
        Assert.Equal(expected, CultureFormats.Number(number, HostWords.For(language).Culture));

    [Fact]
    public void Arabic_writes_every_digit_of_a_mail_or_report_in_Western_digits()
    {
        var arabic = HostWords.For("ar");
        var said = arabic.Format("report.made", ("madeOn", Moment), ("kind", "family"), ("facilitator", "Lee"))
            + arabic.Format("report.heading", ("title", "T"), ("checkIn", "المراجعة"), ("number", 12345))
            + arabic.Format("report.opened", ("at", Moment));

        Assert.Contains("1 مارس 2026", said, StringComparison.Ordinal);
        Assert.Contains("12,345", said, StringComparison.Ordinal);
        Assert.DoesNotContain(said, c => c is (>= '\u0660' and <= '\u066C') or (>= '\u06F0' and <= '\u06F9'));
    }

    [Fact]
    public void Every_language_s_long_day_names_the_month_and_never_the_weekday()
    {
        foreach (var language in Languages.Supported)
        {
            var culture = HostWords.For(language).Culture;
            var day = CultureFormats.LongDay(Moment.UtcDateTime, culture);
            Assert.Contains(culture.DateTimeFormat.GetMonthName(3), day, StringComparison.Ordinal);
            Assert.DoesNotContain(culture.DateTimeFormat.GetDayName(DayOfWeek.Sunday), day, StringComparison.Ordinal);
        }
    }
}
