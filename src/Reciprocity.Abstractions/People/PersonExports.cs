using Reciprocity.Relationships;
using Reciprocity.Sessions;

namespace Reciprocity.People;

/// <summary>
/// Reads an export one relationship and one session at a time, each exactly as the person sees it (the relationship's
/// and the session's grains decide what that is), so whoever writes it out holds one at a time. One removed meanwhile
/// (it answers that it is not there) is left out.
/// </summary>
public static class PersonExports
{
    public static async IAsyncEnumerable<RelationshipView> Relationships(IGrainFactory grains, ExportIndex index)
    {
        foreach (var id in index.Relationships)
        {
            if (await Answers.StillThere(grains.ByGuid<IRelationshipConversation>(id).GetWholeView(index.PersonId)) is { } view)
            {
                yield return view;
            }
        }
    }

    public static async IAsyncEnumerable<SessionView> Sessions(IGrainFactory grains, ExportIndex index)
    {
        foreach (var id in index.Sessions)
        {
            if (await Answers.StillThere(grains.ByGuid<ISessionGrain>(id).GetView(index.PersonId)) is { } view)
            {
                yield return view;
            }
        }
    }
}
