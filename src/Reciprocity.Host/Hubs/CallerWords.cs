using Microsoft.AspNetCore.SignalR;
using Reciprocity.Host.Api;
using Reciprocity.Host.Authentication;
using Reciprocity.Host.Words;
using Reciprocity.People;

namespace Reciprocity.Host.Hubs;

/// <summary>
/// The words of the person on a hub connection, in the language stored with them (issue 23): the hub's requests carry
/// no <c>Accept-Language</c> of the app's choosing. Remembered on the connection once read, for a moment when no grain
/// can be asked (a silo failing over).
/// </summary>
internal static class CallerWords
{
    private const string Remembered = "Reciprocity.Language";

    /// <summary>The caller's stored language; English for a caller not signed in or no longer there.</summary>
    public static async Task<HostWords> Of(HubCallerContext caller, IGrainFactory grains)
    {
        if (caller.User?.Identity?.IsAuthenticated is not true)
        {
            return HostWords.English;
        }

        try
        {
            var language = await grains.ByGuid<IPersonGrain>(caller.User.PersonId()).GetLanguage();
            caller.Items[Remembered] = language;
            return HostWords.For(language);
        }
        catch (AuditRuleException)
        {
            return HostWords.English;
        }
    }

    /// <summary>
    /// Without asking anyone: the language this connection last read, else the one its opening request asked for
    /// (the browser's), else English.
    /// </summary>
    public static HostWords Known(HubCallerContext caller) =>
        caller.Items.TryGetValue(Remembered, out var language) && language is string stored ? HostWords.For(stored)
        : caller.GetHttpContext() is { } http ? PreferredLanguage.WordsOf(http.Request)
        : HostWords.English;
}
