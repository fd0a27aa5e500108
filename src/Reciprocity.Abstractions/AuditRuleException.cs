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

/// <summary>
/// A refusal by the rules. It never carries any part of a perspective. Its words are a <see cref="Reason"/> (and one
/// per offending field), worded by the host in the reader's language; its <see cref="Exception.Message"/> is the
/// reason's key, for logs.
/// </summary>
[GenerateSerializer, Alias("Reciprocity.AuditRuleException")]
public sealed class AuditRuleException : Exception
{
    public AuditRuleException(RuleFailure failure, Reason reason, IReadOnlyDictionary<string, Reason[]>? errors = null)
        : base(reason?.Key)
    {
        ArgumentNullException.ThrowIfNull(reason);
        Failure = failure;
        Reason = reason;
        Errors = errors ?? new Dictionary<string, Reason[]>();
    }

    [Id(0)]
    public RuleFailure Failure { get; private set; }

    /// <summary>Field path → why, for <see cref="RuleFailure.Invalid"/>.</summary>
    [Id(1)]
    public IReadOnlyDictionary<string, Reason[]> Errors { get; private set; }

    /// <summary>The refusal as a whole: a problem's title.</summary>
    [Id(2)]
    public Reason Reason { get; private set; }

    public static AuditRuleException NotFound() => new(RuleFailure.NotFound, Reason.Of("problem.couldNotFind"));

    public static AuditRuleException Conflict(string key, params (string Name, object Value)[] values) =>
        new(RuleFailure.Conflict, Reason.Of(key, values));

    public static AuditRuleException Gone(string key, params (string Name, object Value)[] values) =>
        new(RuleFailure.Gone, Reason.Of(key, values));

    /// <summary>One field that breaks a rule; the title says some answers need another look.</summary>
    public static AuditRuleException Invalid(string field, string key, params (string Name, object Value)[] values) =>
        new(RuleFailure.Invalid, Reason.Of("problem.answersNeedAnotherLook"), new Dictionary<string, Reason[]> { [field] = [Reason.Of(key, values)] });
}
