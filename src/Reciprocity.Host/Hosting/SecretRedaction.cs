using System.Collections;
using System.Text.RegularExpressions;

namespace Reciprocity.Host.Hosting;

/// <summary>
/// What no log line may hold, whatever the level: an access key passed as <c>access_token</c> (the hub's connection
/// URL), and any secret code (access key, invite, seat, confirmation or unsubscribe link: 64 base64url characters).
/// </summary>
public static partial class SecretRedaction
{
    public const string Mark = "[redacted]";

    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Code().Replace(AccessToken().Replace(text, "$1" + Mark), Mark);
    }

    [GeneratedRegex(@"(access_token=)[^&\s""'<>]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AccessToken();

    [GeneratedRegex(@"(?<![A-Za-z0-9_\-])[A-Za-z0-9_\-]{64}(?![A-Za-z0-9_\-])", RegexOptions.CultureInvariant)]
    private static partial Regex Code();
}

/// <summary>Makes every logger of the host write through <see cref="SecretRedaction"/>, whichever provider writes the line.</summary>
public sealed class RedactingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();

    private sealed class RedactingLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(new RedactedState(state, state.ToString() ?? ""));

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel))
            {
                return;
            }

            inner.Log(logLevel, eventId, new RedactedState(state, formatter(state, exception)), exception, static (redacted, _) => redacted.ToString());
        }
    }

    /// <summary>A log line's structured values and its message, each string redacted: a structured provider (JSON) sees no secret either.</summary>
    private sealed class RedactedState(object? state, string message) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        private readonly string _message = SecretRedaction.Redact(message);

        private readonly KeyValuePair<string, object?>[] _values = state is IEnumerable<KeyValuePair<string, object?>> values
            ? [.. values.Select(pair => new KeyValuePair<string, object?>(pair.Key, pair.Value is string or PathString or QueryString or Uri ? SecretRedaction.Redact(pair.Value.ToString() ?? "") : pair.Value))]
            : [];

        public int Count => _values.Length;

        public KeyValuePair<string, object?> this[int index] => _values[index];

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_values).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => _message;
    }
}
