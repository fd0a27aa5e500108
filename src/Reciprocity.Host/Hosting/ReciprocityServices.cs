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
using Reciprocity.Storage;
using Reciprocity.Host.Tiers;

namespace Reciprocity.Host.Hosting;

/// <summary>Everything the host registers, in named steps; which steps depends on its <see cref="HostRole"/>.</summary>
public static class ReciprocityServices
{
    /// <summary>Composes the host for the role in <see cref="HostRoles.Key"/>: the same API, hub and web app code on a Combined host and a front end.</summary>
    public static HostRole AddReciprocity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseAppSettingsBesideTheApp();
        var role = HostRoles.Read(builder.Configuration);
        builder.Services.AddSingleton(PublicLinks.Read(builder.Configuration));
        switch (role)
        {
            case HostRole.Silo:
                builder.AddReciprocitySilo(openGateway: true);
                builder.Services.AddHealthChecks()
                    .AddCheck("live", () => HealthCheckResult.Healthy(), tags: ["live"])
                    .AddCheck<SiloMembershipReadiness>("silo", tags: ["ready"]);
                break;

            case HostRole.Frontend:
                builder.Services.AddSingleton(TimeProvider.System);
                builder.UseOrleansClient(client => client.AddReciprocityClient(builder.Configuration, builder.Environment));

                // The client keeps connecting in the background while the web server answers 503 and /health/ready says why.
                builder.Services.Configure<HostOptions>(host => host.ServicesStartConcurrently = true);
                builder.AddReciprocityConnections();
                builder.AddReciprocityApi();
                break;

            default:
                builder.AddReciprocitySilo(openGateway: false);
                builder.Services.AddSingleton<ISiloLosses, MembershipSiloLosses>();
                builder.AddReciprocityConnections();
                builder.AddReciprocityApi();
                break;
        }

        return role;
    }

    /// <summary>The silo with its storage, and what runs beside the grains: reminder mail, the hourly check-in wake-up and finishing deletions a crash stopped.</summary>
    public static WebApplicationBuilder AddReciprocitySilo(this WebApplicationBuilder builder, bool openGateway)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.UseOrleans(silo =>
        {
            silo.AddReciprocityStorage(builder.Configuration, builder.Environment);
            if (openGateway)
            {
                silo.AddReciprocityTier(builder.Configuration, builder.Environment);
            }
        });
        builder.Services.AddReciprocityStorageHealth();
        builder.Services.AddSingleton(MailSettings.Read(builder.Configuration));
        builder.Services.AddSingleton<MailComposer>();
        builder.Services.AddSingleton<MailQueue>();
        builder.Services.AddSingleton<IMailQueue>(services => services.GetRequiredService<MailQueue>());
        builder.Services.AddHostedService<MailCourier>();
        builder.Services.AddHostedService<CheckInWakeUp>();
        builder.Services.AddHostedService<UnfinishedDeletions>();
        return builder;
    }

    /// <summary>Where people's connections are: access keys, hub connections and this host's relay of live events.</summary>
    public static WebApplicationBuilder AddReciprocityConnections(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<AccessKeyCache>();
        builder.Services.AddSingleton<AccessKeyCheck>();
        builder.Services.AddSingleton<FailedKeyLimit>();
        builder.Services.AddSingleton<PersonConnections>();
        builder.Services.AddSingleton<HubRelay>();
        builder.Services.AddSingleton<RelayRegistration>();
        builder.Services.AddHostedService(services => services.GetRequiredService<RelayRegistration>());
        builder.Services.AddSingleton<WatchedRelationships>();
        builder.Services.AddHostedService<AnnounceAfterSiloLoss>();
        return builder;
    }

    public static WebApplicationBuilder AddReciprocityApi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
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
        return builder;
    }
}
