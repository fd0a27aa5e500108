using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Reciprocity.Host.Api;
using Reciprocity.Host.Api.Relationships;
using Reciprocity.Host.Authentication;
using Reciprocity.Host.Hubs;
using Reciprocity.Grains.Reminders;
using Reciprocity.Host.Realtime;
using Reciprocity.Host.Reminders;
using Reciprocity.Host.Storage;

namespace Reciprocity.Host.Hosting;

/// <summary>Everything the host registers, in named steps.</summary>
public static class ReciprocityServices
{
    public static WebApplicationBuilder AddReciprocitySilo(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.UseOrleans(silo => silo.AddReciprocityStorage(builder.Configuration, builder.Environment));
        builder.Services.AddSingleton<AccessKeyCache>();
        builder.Services.AddSingleton<AccessKeyCheck>();
        builder.Services.AddSingleton<FailedKeyLimit>();
        builder.Services.AddSingleton<PersonConnections>();
        builder.Services.AddSingleton<HubRelay>();
        builder.Services.AddSingleton<RelayRegistration>();
        builder.Services.AddHostedService(services => services.GetRequiredService<RelayRegistration>());
        builder.Services.AddSingleton<WatchedRelationships>();
        builder.Services.AddHostedService<AnnounceAfterSiloLoss>();
        builder.Services.AddSingleton(MailSettings.Read(builder.Configuration));
        builder.Services.AddSingleton<IReminderMail, SmtpReminderMail>();
        builder.Services.AddHostedService<CheckInWakeUp>();
        return builder;
    }

    public static WebApplicationBuilder AddReciprocityApi(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = JsonBody.Limit);
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(json => ReciprocityJson.Configure(json.SerializerOptions));
        builder.Services.AddOpenApi();
        builder.Services.AddReciprocityRateLimits(builder.Configuration);

        builder.Services.AddAuthentication(AccessKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, AccessKeyAuthentication>(AccessKeyAuthentication.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        builder.Services.AddSingleton<RoundSteps>();
        builder.Services.AddSingleton<HubRefusals>();
        builder.Services.AddSignalR(hub =>
            {
                hub.MaximumReceiveMessageSize = JsonBody.Limit;
                // Outermost first: a failover the inner filter answers as "not now" is logged as a refusal, not an error.
                hub.AddFilter<HubRefusals>();
                hub.AddFilter<UnavailabilityHubFilter>();
            })
            .AddJsonProtocol(json => ReciprocityJson.Configure(json.PayloadSerializerOptions));

        // SignalR logs every exception a hub method throws as an error with its stack trace, a refused Watch too;
        // HubRefusals logs them instead, refusals in one Debug line each.
        builder.Logging.AddFilter(HubRefusals.DispatcherCategory, LogLevel.None);

        builder.Services.AddHealthChecks()
            .AddCheck("live", () => HealthCheckResult.Healthy(), tags: ["live"])
            .AddCheck<SiloReadiness>("silo", tags: ["ready"]);
        builder.Services.AddReciprocityStorageHealth();
        return builder;
    }
}
