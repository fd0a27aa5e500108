using Microsoft.Extensions.Options;

namespace Reciprocity.Grains.Relationships;

/// <summary>
/// A fault that only tests switch on (configuration <c>Testing:DieAfterStoringRevealOf</c>): the host process dies the
/// instant a reveal of a relationship with this label is stored, before anyone is told, to prove reveals still arrive.
/// </summary>
public sealed class RevealFaultOptions
{
    public string? DieAfterStoringRevealOf { get; set; }
}

internal static class RevealFaults
{
    public static void AfterStoring(IOptions<RevealFaultOptions> faults, RelationshipState state)
    {
        if (faults.Value.DieAfterStoringRevealOf is { Length: > 0 } label && label == state.Label)
        {
            System.Diagnostics.Process.GetCurrentProcess().Kill();
        }
    }
}
