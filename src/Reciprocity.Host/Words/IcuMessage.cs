using System.Globalization;
using System.Text;
using ICU4N.Text;

namespace Reciprocity.Host.Words;

/// <summary>
/// One message of a host catalogue in ICU message format, parsed once: text, <c>{name}</c>, <c>{n, plural, …}</c>
/// (with <c>=0</c>-style cases and <c>#</c>), <c>{x, select, …}</c>, <c>{day, date, long}</c> and
/// <c>{at, time, short}</c>; apostrophes quote as ICU's default (<c>''</c> is one, <c>'{'</c> a literal brace, any
/// other apostrophe is itself). Plural categories come from ICU4N's CLDR rules (<see cref="PluralRules"/>); dates from
/// .NET's culture data as the browsers' <c>Intl</c> writes them (<see cref="CultureFormats"/>). ICU4N's own <c>MessageFormat</c> is internal in 60.1.0-alpha.440 (docs/i18n-host.md).
/// </summary>
public sealed class IcuMessage
{
    private readonly IReadOnlyList<Part> _parts;

    private IcuMessage(string source, IReadOnlyList<Part> parts)
    {
        Source = source;
        _parts = parts;
    }

    public string Source { get; }

    /// <summary>The argument names the message uses, at any depth.</summary>
    public IReadOnlySet<string> Arguments => _parts.SelectMany(p => p.Names()).ToHashSet(StringComparer.Ordinal);

    /// <summary>Parses a message; a <see cref="FormatException"/> says where it is broken.</summary>
    public static IcuMessage Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var reader = new Reader(source);
        var parts = reader.Message(inPlural: false, nested: false);
        return new IcuMessage(source, parts);
    }

    public string Format(CultureInfo culture, IReadOnlyDictionary<string, object?> arguments)
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(arguments);
        var text = new StringBuilder();
        var context = new FormatContext(culture, arguments, PluralsOf(culture));
        foreach (var part in _parts)
        {
            part.Write(text, context, pound: null);
        }

        return text.ToString();
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PluralRules> Plurals = new(StringComparer.Ordinal);

    private static PluralRules PluralsOf(CultureInfo culture) =>
        Plurals.GetOrAdd(culture.TwoLetterISOLanguageName, language => PluralRules.GetInstance(language));

    private sealed record FormatContext(CultureInfo Culture, IReadOnlyDictionary<string, object?> Arguments, PluralRules Plurals)
    {
        public object? Value(string name) => Arguments.TryGetValue(name, out var value)
            ? value
            : throw new ArgumentException($"The message needs the argument '{name}'.", nameof(name));
    }

    private abstract record Part
    {
        public abstract void Write(StringBuilder text, FormatContext context, double? pound);

        public virtual IEnumerable<string> Names() => [];
    }

    private sealed record Text(string Value) : Part
    {
        public override void Write(StringBuilder text, FormatContext context, double? pound) => text.Append(Value);
    }

    private sealed record Pound : Part
    {
        public override void Write(StringBuilder text, FormatContext context, double? pound) =>
            text.Append(pound is { } n ? CultureFormats.Number(n, context.Culture) : "#");
    }

    private sealed record Simple(string Name) : Part
    {
        public override void Write(StringBuilder text, FormatContext context, double? pound) =>
            text.Append(context.Value(Name) switch
            {
                null => "",
                var number and (int or long or double or decimal) => CultureFormats.Number(Convert.ToDouble(number, CultureInfo.InvariantCulture), context.Culture),
                IFormattable formattable => formattable.ToString(null, context.Culture),
                var value => value.ToString(),
            });

        public override IEnumerable<string> Names() => [Name];
    }

    private sealed record Dated(string Name, bool Time) : Part
    {
        public override void Write(StringBuilder text, FormatContext context, double? pound)
        {
            var at = context.Value(Name) switch
            {
                DateTimeOffset moment => moment.UtcDateTime,
                DateTime moment => moment,
                DateOnly day => day.ToDateTime(TimeOnly.MinValue),
                var other => throw new ArgumentException($"'{Name}' is not a date: {other?.GetType().Name}.", nameof(context)),
            };
            // As each language writes it in a sentence: "December 6, 2026", "6 de diciembre de 2026", "6. Dezember 2026",
            // "6 ديسمبر 2026"; "9:05 AM", "9:05", "09:05", "9:05 ص" (CultureFormats).
            text.Append(Time ? CultureFormats.ShortTime(at, context.Culture) : CultureFormats.LongDay(at, context.Culture));
        }

        public override IEnumerable<string> Names() => [Name];
    }

    private sealed record Choice(string Name, bool Plural, IReadOnlyDictionary<string, IReadOnlyList<Part>> Cases) : Part
    {
        public override void Write(StringBuilder text, FormatContext context, double? pound)
        {
            var value = context.Value(Name);
            IReadOnlyList<Part> chosen;
            double? number = null;
            if (Plural)
            {
                var n = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                number = n;
                chosen = Cases.GetValueOrDefault("=" + n.ToString(CultureInfo.InvariantCulture))
                    ?? Cases.GetValueOrDefault(context.Plurals.Select(n))
                    ?? Cases["other"];
            }
            else
            {
                chosen = Cases.GetValueOrDefault(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "") ?? Cases["other"];
            }

            foreach (var part in chosen)
            {
                part.Write(text, context, number ?? pound);
            }
        }

        public override IEnumerable<string> Names() => Cases.Values.SelectMany(parts => parts.SelectMany(p => p.Names())).Prepend(Name);
    }

    private sealed class Reader(string source)
    {
        private int _at;

        public List<Part> Message(bool inPlural, bool nested)
        {
            var parts = new List<Part>();
            var text = new StringBuilder();
            while (_at < source.Length)
            {
                var c = source[_at];
                if (c == '\'')
                {
                    Apostrophe(text, inPlural);
                }
                else if (c == '{')
                {
                    Flush(parts, text);
                    parts.Add(Argument());
                }
                else if (c == '}')
                {
                    if (!nested)
                    {
                        throw Broken("a '}' closes nothing");
                    }

                    break;
                }
                else if (c == '#' && inPlural)
                {
                    Flush(parts, text);
                    parts.Add(new Pound());
                    _at++;
                }
                else
                {
                    text.Append(c);
                    _at++;
                }
            }

            Flush(parts, text);
            return parts;
        }

        private void Apostrophe(StringBuilder text, bool inPlural)
        {
            var next = _at + 1 < source.Length ? source[_at + 1] : '\0';
            if (next == '\'')
            {
                text.Append('\'');
                _at += 2;
                return;
            }

            if (next is '{' or '}' || (inPlural && next == '#'))
            {
                var end = source.IndexOf('\'', _at + 1);
                if (end < 0)
                {
                    throw Broken("a quoted part is never closed");
                }

                text.Append(source, _at + 1, end - _at - 1);
                _at = end + 1;
                return;
            }

            text.Append('\'');
            _at++;
        }

        private Part Argument()
        {
            _at++;
            var name = Word();
            if (name.Length == 0)
            {
                throw Broken("an argument has no name");
            }

            Spaces();
            if (Take('}'))
            {
                return new Simple(name);
            }

            Expect(',');
            var type = Word();
            Spaces();
            if (type is "date" or "time")
            {
                Expect(',');
                var style = Word();
                Expect('}');
                return style is "long" or "short" ? new Dated(name, type == "time") : throw Broken($"the {type} style '{style}' is not one we write");
            }

            if (type is not ("plural" or "select"))
            {
                throw Broken($"the argument type '{type}' is not one we write");
            }

            Expect(',');
            var cases = new Dictionary<string, IReadOnlyList<Part>>(StringComparer.Ordinal);
            while (true)
            {
                Spaces();
                if (Take('}'))
                {
                    break;
                }

                var key = Word();
                if (key.Length == 0 || cases.ContainsKey(key))
                {
                    throw Broken(key.Length == 0 ? "a case has no name" : $"the case '{key}' is there twice");
                }

                Spaces();
                Expect('{');
                cases[key] = Message(inPlural: type == "plural", nested: true);
                Expect('}');
            }

            return cases.ContainsKey("other") ? new Choice(name, type == "plural", cases) : throw Broken($"'{name}' has no 'other' case");
        }

        private string Word()
        {
            Spaces();
            var start = _at;
            while (_at < source.Length && (char.IsLetterOrDigit(source[_at]) || source[_at] is '_' or '='))
            {
                _at++;
            }

            return source[start.._at];
        }

        private void Spaces()
        {
            while (_at < source.Length && char.IsWhiteSpace(source[_at]))
            {
                _at++;
            }
        }

        private bool Take(char c)
        {
            if (_at < source.Length && source[_at] == c)
            {
                _at++;
                return true;
            }

            return false;
        }

        private void Expect(char c)
        {
            Spaces();
            if (!Take(c))
            {
                throw Broken($"'{c}' was expected");
            }
        }

        private FormatException Broken(string why) => new($"The message is broken at {_at}: {why}. ({source})");

        private static void Flush(List<Part> parts, StringBuilder text)
        {
            if (text.Length > 0)
            {
                parts.Add(new Text(text.ToString()));
                text.Clear();
            }
        }
    }
}
