using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Reciprocity.Host.Api;
using Reciprocity.Host.Api.Invites;
using Reciprocity.Host.Api.People;
using Reciprocity.Host.Api.Relationships;
using Reciprocity.Host.Api.Safety;
using Reciprocity.Host.Api.Sessions;
using Reciprocity.Host.Hubs;

namespace Reciprocity.Host.Hosting;

/// <summary>The middleware and every endpoint the host serves.</summary>
public static class ReciprocityEndpoints
{
    public static WebApplication MapReciprocity(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<UnavailabilityMiddleware>();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapOpenApi().AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = check => check.Tags.Contains("live") }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();

        var api = app.MapGroup("/api").AddEndpointFilter<RuleFailureFilter>().AddEndpointFilter<FailoverRetryFilter>().WithTags("Reciprocity");
        api.MapPeople();
        api.MapRelationships();
        api.MapInvites();
        api.MapSafety();
        api.MapConversation();
        api.MapHelp();
        api.MapSessions();
        api.MapSeats();
        api.Map("/{**rest}", () => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is nothing here.")).AllowAnonymous();

        app.MapHub<AuditHub>(AuditHub.Path);

        // Client routes such as /join/{code} are the web app's: serve its page for them.
        app.MapFallbackToFile("index.html").AllowAnonymous();
        return app;
    }
}
