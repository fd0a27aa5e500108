using Reciprocity.People;
using Reciprocity.Relationships;
using Reciprocity.Sessions;

namespace Reciprocity.Grains.Tests;

/// <summary>A person's export read whole, as the host writes it piece by piece (<see cref="PersonExports"/>).</summary>
internal sealed record Export(ExportIndex Index, IReadOnlyList<RelationshipView> Relationships, IReadOnlyList<SessionView> Sessions)
{
    public static async Task<Export> Of(IGrainFactory grains, Guid personId)
    {
        var index = await grains.GetGrain<IPersonData>(personId).ExportIndex();
        var relationships = new List<RelationshipView>();
        await foreach (var view in PersonExports.Relationships(grains, index))
        {
            relationships.Add(view);
        }

        var sessions = new List<SessionView>();
        await foreach (var view in PersonExports.Sessions(grains, index))
        {
            sessions.Add(view);
        }

        return new Export(index, relationships, sessions);
    }
}
