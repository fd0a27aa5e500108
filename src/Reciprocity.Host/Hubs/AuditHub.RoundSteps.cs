using System.Text.Json;
using Reciprocity.Host.Api;
using Reciprocity.Host.Api.Relationships;

namespace Reciprocity.Host.Hubs;

/// <summary>
/// The round's steps over the connection the web app already holds: the same code as the HTTP endpoints
/// (<see cref="RoundSteps"/>), answering what the endpoint would have, status code and body, as a <see cref="HubAnswer"/>.
/// </summary>
public sealed partial class AuditHub
{
    /// <summary>A draft save; saving the same fields twice holds what saving them once does, so a failover may run it again.</summary>
    [SafeToRetry]
    public async Task<HubAnswer> SaveDraft(Guid relationshipId, JsonElement perspective) =>
        HubAnswer.Of(await steps.SaveDraft(await CurrentPerson(), relationshipId, perspective));

    /// <summary>A second submit of the same round changes nothing, so a failover may run it again.</summary>
    [SafeToRetry]
    public Task<HubAnswer> Submit(Guid relationshipId) => Take(relationshipId, RoundStep.Submit);

    public Task<HubAnswer> Withdraw(Guid relationshipId) => Take(relationshipId, RoundStep.Withdraw);

    public Task<HubAnswer> Confirm(Guid relationshipId) => Take(relationshipId, RoundStep.Confirm);

    public Task<HubAnswer> StartRound(Guid relationshipId) => Take(relationshipId, RoundStep.StartRound);

    private async Task<HubAnswer> Take(Guid relationshipId, RoundStep step) =>
        HubAnswer.Of(await steps.Take(await CurrentPerson(), relationshipId, step));
}

/// <summary>A round's step answered over the hub: the status code and JSON body the HTTP endpoint would have answered.</summary>
public sealed record HubAnswer(int Status, object Body)
{
    public static HubAnswer Of(StepOutcome outcome) => new(outcome.Status, outcome.Body);
}
