namespace Reciprocity.Relationships;

/// <summary>When a shared round opens: who decides the moment both perspectives are shown.</summary>
public enum RevealPolicy
{
    /// <summary>The second submit reveals the round in the same call.</summary>
    Auto,

    /// <summary>Once both submitted, the round opens when both confirmed "open it now".</summary>
    Together,

    /// <summary>The round opens when the relationship's facilitator releases it.</summary>
    Facilitator,
}
