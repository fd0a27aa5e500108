using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Reciprocity.Perspectives;
using Reciprocity.Relationships;

namespace Reciprocity.Host.Api.Relationships;

/// <summary>The steps of a round that take no body; a draft save has its own entry points.</summary>
public enum RoundStep
{
    Submit,
    Withdraw,
    Confirm,
    StartRound,
}

/// <summary>What a step answered: the HTTP status code and its JSON body (the answer, or problem details).</summary>
public sealed record StepOutcome(int Status, object Body)
{
    public IResult ToResult() => Body is ProblemDetails problem ? Problems.ToResult(problem) : TypedResults.Ok(Body);
}

/// <summary>
/// The round's steps, one implementation behind the HTTP endpoints and the hub: the same reading of a perspective,
/// the same rules (the grain's) and the same translation of a refusal. An answer comes only after the grain stored
/// the change; a failure to store is not a refusal and is left to the caller's retrying.
/// </summary>
public sealed class RoundSteps(IGrainFactory grains)
{
    public Task<StepOutcome> SaveDraft(Guid personId, Guid relationshipId, ReadOnlySpan<byte> perspective) =>
        SaveDraft(personId, relationshipId, JsonBody.Parse<Perspective>(perspective));

    public Task<StepOutcome> SaveDraft(Guid personId, Guid relationshipId, JsonElement perspective) =>
        SaveDraft(personId, relationshipId, JsonBody.Parse<Perspective>(perspective));

    public async Task<StepOutcome> Take(Guid personId, Guid relationshipId, RoundStep step)
    {
        var relationship = grains.ByGuid<IRelationshipGrain>(relationshipId);
        try
        {
            return Answered(await (step switch
            {
                RoundStep.Submit => relationship.Submit(personId),
                RoundStep.Withdraw => relationship.Withdraw(personId),
                RoundStep.Confirm => relationship.Confirm(personId),
                RoundStep.StartRound => relationship.StartRound(personId),
                _ => throw new ArgumentOutOfRangeException(nameof(step)),
            }));
        }
        catch (AuditRuleException refusal)
        {
            return Refused(Problems.Of(refusal));
        }
    }

    private async Task<StepOutcome> SaveDraft(Guid personId, Guid relationshipId, (Perspective? Value, ProblemDetails? Problem) read)
    {
        if (read.Problem is not null)
        {
            return Refused(read.Problem);
        }

        try
        {
            return Answered(await grains.ByGuid<IRelationshipGrain>(relationshipId).SaveDraft(personId, read.Value!));
        }
        catch (AuditRuleException refusal)
        {
            return Refused(Problems.Of(refusal));
        }
    }

    private static StepOutcome Answered(object answer) => new(StatusCodes.Status200OK, answer);

    private static StepOutcome Refused(ProblemDetails problem) => new(problem.Status ?? StatusCodes.Status400BadRequest, problem);
}
