namespace Reciprocity.Host.Tests.Visibility;

/// <summary>What anyone may receive (their own person and key, sign-in, help, refusals, the hub's own frames), and a stranger to a relationship.</summary>
public sealed partial class VisibilityScan
{
    /// <summary>What someone outside a relationship may receive: refusals, and their own person with no relationships.</summary>
    public static VisibilityScan ForAStranger() => Common(new VisibilityScan())
        .AllowProblem(ReceivedMessage.HubAnswer, "body.")
        .Allow(ReceivedMessage.HubAnswer, "status", 400, 404, 409)
        .Allow(ReceivedMessage.Me, "personId")
        .Allow(ReceivedMessage.Me, "displayName")
        .Allow(ReceivedMessage.Me, "email")
        .Allow(ReceivedMessage.Me, "pendingEmail")
        .Allow(ReceivedMessage.Me, "remindersAvailable", true, false)
        .Allow(ReceivedMessage.Me, "language", "en", "es", "de", "ar");

    private VisibilityScan AllowProblem(string kind, string at) =>
        Allow(kind, at + "type")
            .Allow(kind, at + "title")
            .Allow(kind, at + "status")
            .Allow(kind, at + "detail")
            .Allow(kind, at + "instance")
            .Allow(kind, at + "traceId")
            .Allow(kind, at + "errors.*[]");

    /// <summary>What anyone may receive: their own person and key, refusals, and the hub's own frames.</summary>
    private static VisibilityScan Common(VisibilityScan scan) => scan
        .Allow(ReceivedMessage.Person, "personId")
        .Allow(ReceivedMessage.Person, "displayName")
        .Allow(ReceivedMessage.Person, "accessKey")
        .Allow(ReceivedMessage.Key, "accessKey")
        .Allow(ReceivedMessage.Language, "language", "en", "es", "de", "ar")
        .Allow(ReceivedMessage.SignInAsked, "message", "If this address belongs to someone here, a link to sign in is on its way to it. It works once, within 15 minutes.")
        .Allow(ReceivedMessage.Help, "resources[].name")
        .Allow(ReceivedMessage.Help, "resources[].description")
        .Allow(ReceivedMessage.Help, "resources[].phone")
        .Allow(ReceivedMessage.Help, "resources[].url")
        .Allow(ReceivedMessage.Help, "quickExitUrl")
        .AllowProblem(ReceivedMessage.Problem, "")
        .Allow(ReceivedMessage.Error, "")
        .Allow(ReceivedMessage.Close, "type")
        .Allow(ReceivedMessage.Close, "error")
        .Allow(ReceivedMessage.Close, "allowReconnect");
}
