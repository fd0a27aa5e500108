namespace Reciprocity.Grains.Rules;

/// <summary>Collects every broken rule of one request, so the answer names all fields at once.</summary>
internal sealed class RuleViolations
{
    private readonly Dictionary<string, List<Reason>> _errors = new(StringComparer.Ordinal);

    /// <summary>A field that breaks a rule, and why: a key of the host's catalogues (<c>refusal.…</c>, or a <c>problem.…</c> one) with its values.</summary>
    public void Add(string field, string key, params (string Name, object Value)[] values) => Add(field, Reason.Of(key, values));

    private void Add(string field, Reason reason)
    {
        if (!_errors.TryGetValue(field, out var reasons))
        {
            _errors[field] = reasons = [];
        }

        reasons.Add(reason);
    }

    /// <summary>Refuses the request if any field broke a rule; <paramref name="key"/> words the refusal as a whole.</summary>
    public void ThrowIfAny(string key = "problem.answersNeedAnotherLook")
    {
        if (_errors.Count > 0)
        {
            throw new AuditRuleException(RuleFailure.Invalid, Reason.Of(key), _errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }
}
