using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Reciprocity.Host.Api;
using Reciprocity.Host.Api.Invites;
using Reciprocity.Host.Api.People;
using Reciprocity.Host.Api.Reminders;
using Reciprocity.Host.Api.Relationships;
using Reciprocity.Host.Api.Safety;
using Reciprocity.Host.Api.Practice;
using Reciprocity.Host.Api.Sessions;
using Reciprocity.Host.Api.SignIn;
using Reciprocity.Host.Hubs;
using Reciprocity.Host.Tiers;

namespace Reciprocity.Host.Hosting;

/// <summary>The middleware and every endpoint the host serves.</summary>
public static class ReciprocityEndpoints
{
    /// <summary>A silo of the Silo role answers its health probes over HTTP, and nothing else.</summary>
    public static WebApplication MapReciprocity(this WebApplication app, HostRole role)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (role != HostRole.Silo)
        {
            return app.MapReciprocity();
        }

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = check => check.Tags.Contains("live") });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapFallback(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        return app;
    }

    public static WebApplication MapReciprocity(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<UnavailabilityMiddleware>();
        if (app.Services.GetService<ClusterConnection>() is not null)
        {
            app.UseMiddleware<ClusterConnectionGate>();
        }

        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapOpenApi().AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = check => check.Tags.Contains("live") }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();

        var api = app.MapGroup("/api")
            .AddEndpointFilter<RuleFailureFilter>()
            .AddEndpointFilter<FailoverRetryFilter>()
            .AddEndpointFilterFactory(BodyFilter.Create)
            .DescribeHostAnswers()
            .WithTags("Reciprocity");
        api.MapPeople();
        api.MapRelationships();
        api.MapInvites();
        api.MapSafety();
        api.MapConversation();
        api.MapHelp();
        api.MapSessions();
        api.MapSeats();
        api.MapPractice();
        api.MapPreReads();
        api.MapReminders();
        api.MapSignIn();
        api.Map("/{**rest}", (HttpRequest request) => Problems.Said(request, StatusCodes.Status404NotFound, "problem.nothingHere")).AllowAnonymous();

        app.MapHub<AuditHub>(AuditHub.Path);
        app.MapUnsubscribePage();
        app.MapConfirmEmailPage();

        // Client routes such as /join/{code} are the web app's: serve its page for them.
        app.MapFallbackToFile("index.html").AllowAnonymous();
        return app;
    }
}
