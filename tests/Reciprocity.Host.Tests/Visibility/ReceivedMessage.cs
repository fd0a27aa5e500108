using System.Net;
using System.Text.Json;

namespace Reciprocity.Host.Tests.Visibility;

/// <summary>
/// One thing a person received from the service, an HTTP answer's body or a hub frame, sorted by <see cref="Kind"/>
/// so a <see cref="VisibilityScan"/> knows which fields it may hold. A hub event's kind is its name, whatever it is.
/// </summary>
public sealed record ReceivedMessage(string Kind, string Source, JsonElement Body)
{
    public const string View = "view";
    public const string DraftSaved = "draft saved";
    public const string Me = "me";
    public const string Person = "person";
    public const string Created = "created relationship";
    public const string Invite = "invite link";
    public const string Reading = "reading";
    public const string Released = "released round";
    public const string KeptPrivate = "kept private";
    public const string Export = "export";
    public const string Help = "help";
    public const string Session = "session";
    public const string PreReads = "pre-reads";
    public const string Practice = "practice";
    public const string FamilySummary = "family summary";
    public const string Seat = "seat";
    public const string Key = "access key";
    public const string Language = "language";
    public const string SignInAsked = "sign-in link asked";
    public const string Traces = "round traces";
    public const string HistoryPage = "history page";
    public const string Timeline = "timeline";
    public const string Problem = "problem";
    public const string Empty = "empty";
    public const string Text = "not JSON";
    public const string Result = "hub result";
    public const string HubAnswer = "hub answer";
    public const string Error = "hub error";
    public const string Ping = "hub ping";
    public const string Close = "hub close";

    /// <summary>True for a hub event (an invocation the server sent), under any name.</summary>
    public bool IsEvent { get; init; }

    public static ReceivedMessage FromHttp(HttpMethod method, string path, HttpStatusCode status, string body)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        var source = $"{method} {path} → {(int)status}";
        if (string.IsNullOrEmpty(body))
        {
            return new(Empty, source, default);
        }

        JsonElement json;
        try
        {
            using var document = JsonDocument.Parse(body);
            json = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return new(Text, source, JsonSerializer.SerializeToElement(body));
        }

        var route = path.Split('?')[0];
        var kind = (int)status >= 400 ? Problem
            : method == HttpMethod.Post && route == "/api/people" ? Person
            : method == HttpMethod.Get && route == "/api/me" ? Me
            : method == HttpMethod.Post && route == "/api/me/key" ? Key
            : method == HttpMethod.Put && route == "/api/me/language" ? Language
            : method == HttpMethod.Post && route.StartsWith("/api/sign-in/complete/", StringComparison.Ordinal) ? Key
            : method == HttpMethod.Post && route == "/api/sign-in/email" ? SignInAsked
            : method == HttpMethod.Post && route == "/api/relationships" ? Created
            : method == HttpMethod.Put && route.StartsWith("/api/relationships/", StringComparison.Ordinal) && route.EndsWith("/draft", StringComparison.Ordinal) ? DraftSaved
            : method == HttpMethod.Get && route == "/api/me/reading" ? Reading
            : method == HttpMethod.Post && route.EndsWith("/invite", StringComparison.Ordinal) ? Invite
            : method == HttpMethod.Post && route.EndsWith("/release", StringComparison.Ordinal) ? Released
            : method == HttpMethod.Post && route.EndsWith("/keep-private", StringComparison.Ordinal) ? KeptPrivate
            : method == HttpMethod.Get && route == "/api/me/export" ? Export
            : method == HttpMethod.Get && route == "/api/help" ? Help
            : method == HttpMethod.Put && (route.EndsWith("/appreciation", StringComparison.Ordinal) || route.EndsWith("/small-thing", StringComparison.Ordinal)) ? Traces
            : method == HttpMethod.Get && route.StartsWith("/api/relationships/", StringComparison.Ordinal) && route.EndsWith("/history", StringComparison.Ordinal) ? HistoryPage
            : method == HttpMethod.Get && route.StartsWith("/api/relationships/", StringComparison.Ordinal) && route.EndsWith("/timeline", StringComparison.Ordinal) ? Timeline
            : route.StartsWith("/api/sessions", StringComparison.Ordinal) && route.EndsWith("/pre-reads", StringComparison.Ordinal) ? PreReads
            : method == HttpMethod.Get && route.StartsWith("/api/sessions/", StringComparison.Ordinal) && route.EndsWith("/family-summary", StringComparison.Ordinal) ? FamilySummary
            : route.StartsWith("/api/sessions", StringComparison.Ordinal) ? Session
            : route.StartsWith("/api/practice", StringComparison.Ordinal) ? Practice
            : route.StartsWith("/api/seats/", StringComparison.Ordinal) ? Seat
            : route.StartsWith("/api/relationships/", StringComparison.Ordinal) || route.StartsWith("/api/invites/", StringComparison.Ordinal) ? View
            : $"an answer from {route}";
        return new(kind, source, json);
    }

    /// <summary>A SignalR JSON frame: an event's single argument under the event's name, a call's result or error, a ping.</summary>
    public static ReceivedMessage FromFrame(JsonElement frame)
    {
        var type = frame.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt32() : -1;
        switch (type)
        {
            case 1:
                var target = frame.TryGetProperty("target", out var name) ? name.GetString() ?? "" : "";
                var arguments = frame.TryGetProperty("arguments", out var a) ? a : default;
                // An event with other than one argument keeps them all, so its fields cannot match a one-argument shape.
                var body = arguments.ValueKind == JsonValueKind.Array && arguments.GetArrayLength() == 1 ? arguments[0] : arguments;
                return new(target, $"hub event {target}", body) { IsEvent = true };
            case 3 when frame.TryGetProperty("error", out var error):
                return new(Error, "hub call error", error);
            case 3 when frame.TryGetProperty("result", out var answer) && IsHubAnswer(answer):
                return new(HubAnswer, $"hub answer {answer.GetProperty("status").GetInt32()}", answer);
            case 3:
                return new(Result, "hub call result", frame.TryGetProperty("result", out var result) ? result : default);
            case 6:
                return new(Ping, "hub ping", frame);
            case 7:
                return new(Close, "hub close", frame);
            default:
                return new($"hub frame of type {type}", "hub frame", frame);
        }
    }

    /// <summary>A round's step taken over the hub answers <c>{ status, body }</c>, and nothing else does.</summary>
    private static bool IsHubAnswer(JsonElement result) =>
        result.ValueKind == JsonValueKind.Object && result.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.Number
        && result.TryGetProperty("body", out _) && result.EnumerateObject().Count() == 2;
}
