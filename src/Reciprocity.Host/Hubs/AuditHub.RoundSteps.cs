using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Reciprocity.Host.Api;
using Reciprocity.Host.Api.Relationships;
using Reciprocity.Perspectives;

namespace Reciprocity.Host.Hubs;

/// <summary>
/// The round's steps over the connection the web app already holds: the same code as the HTTP endpoints
/// (<see cref="RoundSteps"/>), answering what the endpoint would have, status code and body, as a <see cref="HubAnswer"/>.
/// A refusal becomes its problem in <see cref="HubRefusals"/>, as <see cref="RuleFailureFilter"/> does over HTTP.
/// </summary>
public sealed partial class AuditHub
{
    /// <summary>A draft save; saving the same fields twice holds what saving them once does, so a failover may run it again.</summary>
    [SafeToRetry]
    public async Task<HubAnswer> SaveDraft(Guid relationshipId, JsonElement perspective)
    {
        var personId = await CurrentPerson();
        var (changes, refusal) = JsonBody.Parse<Perspective>(perspective);

        // Worded, as a grain's refusal is, in the caller's language by HubRefusals.
        return refusal is not null ? throw refusal : HubAnswer.Answered(await steps.SaveDraft(personId, relationshipId, changes!));
    }

    /// <summary>A second submit of the same round changes nothing, so a failover may run it again.</summary>
    [SafeToRetry]
    public Task<HubAnswer> Submit(Guid relationshipId) => Take(relationshipId, RoundStep.Submit);

    public Task<HubAnswer> Withdraw(Guid relationshipId) => Take(relationshipId, RoundStep.Withdraw);

    public Task<HubAnswer> Confirm(Guid relationshipId) => Take(relationshipId, RoundStep.Confirm);

    public Task<HubAnswer> StartRound(Guid relationshipId) => Take(relationshipId, RoundStep.StartRound);

    private async Task<HubAnswer> Take(Guid relationshipId, RoundStep step) =>
        HubAnswer.Answered(await steps.Take(await CurrentPerson(), relationshipId, step));
}

/// <summary>A round's step answered over the hub: the status code and JSON body the HTTP endpoint would have answered.</summary>
public sealed record HubAnswer(int Status, object Body)
{
    public static HubAnswer Answered(object answer) => new(StatusCodes.Status200OK, answer);

    public static HubAnswer Refused(ProblemDetails problem) => new(problem.Status ?? StatusCodes.Status400BadRequest, problem);
}
