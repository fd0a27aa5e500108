namespace Reciprocity.Host.Hosting;

/// <summary>
/// Every absolute link the service hands out (invites, seats, emails) starts from the one configured <c>PublicUrl</c>,
/// never from the request: a forged <c>Host</c> header must not turn a link into one that leads elsewhere.
/// </summary>
public sealed class PublicLinks(string baseUrl)
{
    public const string Key = "PublicUrl";

    private const string Default = "http://localhost:5000";

    /// <summary>The app as people reach it, without a trailing slash.</summary>
    public string Base { get; } = baseUrl.TrimEnd('/');

    /// <summary><c>PublicUrl</c>; <c>Email:PublicUrl</c>, its earlier name, is still read when it is not set.</summary>
    public static PublicLinks Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[Key] is { Length: > 0 } url ? url : configuration["Email:PublicUrl"] is { Length: > 0 } earlier ? earlier : Default;
        if (!Uri.TryCreate(configured, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException($"{Key} must be an absolute http or https address, such as https://reciprocity.example.org.");
        }

        return new PublicLinks(configured);
    }

    public string Home => $"{Base}/";

    public string Invite(string code) => $"{Base}/join/{code}";

    public string Seat(string code) => $"{Base}/seat/{code}";

    public string UnsubscribePage(string token) => $"{Base}/unsubscribe/{token}";

    public string OneClickUnsubscribe(string token) => $"{Base}/api/unsubscribe/{token}";

    public string ConfirmEmailPage(string token) => $"{Base}/confirm-email/{token}";

    /// <summary>The web app's page for a sign-in link: it signs in only when its button is pressed.</summary>
    public string SignInPage(string token) => $"{Base}/sign-in/{token}";
}
