namespace Reciprocity.Grains.Rules;

/// <summary>Collects every broken rule of one request, so the answer names all fields at once.</summary>
internal sealed class RuleViolations
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    public void ThrowIfAny(string summary = "Some answers need another look.")
    {
        if (_errors.Count > 0)
        {
            throw new AuditRuleException(RuleFailure.Invalid, summary, _errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }
}
