namespace Reciprocity;

/// <summary>Why a grain refused a request. The host translates each into its HTTP status.</summary>
public enum RuleFailure
{
    /// <summary>Input that breaks a rule of the method or a limit; names the offending fields.</summary>
    Invalid,
    /// <summary>Not there, or not for this caller: both look the same from outside.</summary>
    NotFound,
    /// <summary>Not possible in the current state (already submitted, not yet revealed, …).</summary>
    Conflict,
    /// <summary>Was there once and has been used up, like an accepted invite.</summary>
    Gone,
}

/// <summary>A refusal by the rules. It never carries any part of a perspective.</summary>
[GenerateSerializer, Alias("Reciprocity.AuditRuleException")]
public sealed class AuditRuleException : Exception
{
    public AuditRuleException(RuleFailure failure, string message, IReadOnlyDictionary<string, string[]>? errors = null)
        : base(message)
    {
        Failure = failure;
        Errors = errors ?? new Dictionary<string, string[]>();
    }

    [Id(0)]
    public RuleFailure Failure { get; private set; }

    /// <summary>Field path → messages, for <see cref="RuleFailure.Invalid"/>.</summary>
    [Id(1)]
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; }

    public static AuditRuleException NotFound() => new(RuleFailure.NotFound, "We could not find that.");

    public static AuditRuleException Invalid(string field, string message) =>
        new(RuleFailure.Invalid, message, new Dictionary<string, string[]> { [field] = [message] });
}
