using System.Collections.Immutable;
using Reciprocity.Realtime;

namespace Reciprocity.Grains.Realtime;

/// <summary>The host relays the directory knew at its last change, so a directory reactivated on another silo is not empty.</summary>
[GenerateSerializer, Alias("Reciprocity.RelayDirectoryState")]
public sealed record RelayDirectoryState
{
    [Id(0)] public ImmutableList<IAuditRelay> Relays { get; init; } = [];
}
