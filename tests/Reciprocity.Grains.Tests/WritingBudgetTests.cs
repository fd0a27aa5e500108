using Reciprocity.People;
using Reciprocity.Perspectives;
using Reciprocity.Relationships;

namespace Reciprocity.Grains.Tests;

/// <summary>
/// One account cannot grow storage without bound (issue 26): a relationship keeps at most 8 MB of writing and a person
/// at most 32 MB across their relationships; past either, a change is refused (409) in plain words and nothing changes.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class WritingBudgetTests(ClusterFixture fixture)
{
    private const long RelationshipBudget = 8L * 1024 * 1024;

    [Fact]
    public async Task A_relationship_keeps_at_most_8_MB_of_writing_and_a_refused_draft_changes_nothing()
    {
        var (alexId, alex) = await Person("Alex");
        var started = await alex.StartRelationship(new RelationshipStart(RelationshipKind.CloseFriend, "", "Sam", Solo: true));
        var relationship = fixture.Grains.GetGrain<IRelationshipGrain>(started.RelationshipId);

        var refusal = await Fill(relationship, alexId);

        AssertFull(refusal, "refusal.limit.relationshipWriting", 8);
        var view = await relationship.GetView(alexId);
        Assert.Equal(Perspective.Empty, view.Round.MyDraft);
        Assert.InRange(view.HistoryCount * Heaviest, RelationshipBudget - Heaviest, RelationshipBudget);

        // A change that keeps no more writing still goes through: scores, and text no longer than before.
        await relationship.SaveDraft(alexId, new Perspective(Overall: 3));
        Assert.Equal(3, (await relationship.GetView(alexId)).Round.MyDraft!.Overall);
    }

    [Fact]
    public async Task A_person_keeps_at_most_32_MB_of_writing_across_their_relationships()
    {
        var (alexId, alex) = await Person("Alex");
        var fullOnes = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            var full = await alex.StartRelationship(new RelationshipStart(RelationshipKind.Other, "", $"Friend {i}", Solo: true));
            fullOnes.Add(full.RelationshipId);
            AssertFull(await Fill(fixture.Grains.GetGrain<IRelationshipGrain>(full.RelationshipId), alexId), "refusal.limit.relationshipWriting", 8);
        }

        var fifth = await alex.StartRelationship(new RelationshipStart(RelationshipKind.Other, "", "One more", Solo: true));
        var relationship = fixture.Grains.GetGrain<IRelationshipGrain>(fifth.RelationshipId);
        var refusal = await Assert.ThrowsAsync<AuditRuleException>(() => relationship.SaveDraft(alexId, HeaviestPerspective()));
        AssertFull(refusal, "refusal.limit.personWriting", 32);
        Assert.Equal(Perspective.Empty, (await relationship.GetView(alexId)).Round.MyDraft);

        // Leaving a full relationship makes room again.
        await fixture.Grains.GetGrain<IPersonData>(alexId).LeaveRelationship(fullOnes[0]);
        await relationship.SaveDraft(alexId, HeaviestPerspective());
    }

    /// <summary>A refusal for a full budget: a conflict whose reason names the budget in whole megabytes (the catalogue words it, "8 MB").</summary>
    private static void AssertFull(AuditRuleException refusal, string key, long megabytes)
    {
        Assert.Equal(RuleFailure.Conflict, refusal.Failure);
        Assert.Equal(key, refusal.Reason.Key);
        Assert.Equal(megabytes, Assert.IsType<long>(refusal.Reason.Values["megabytes"]));
    }

    // Every text at its longest, in three-byte characters: 30,000 characters, 90,000 bytes.
    private const long Heaviest = 90_000;

    private static Perspective HeaviestPerspective()
    {
        static string Text(int length) => new('€', length);
        var rating = new DimensionRating(2, Leaning.Me, Text(2_000), Picture: new Picture(PictureKind.Boundary, Text(4_000)));
        return new Perspective(new Dimensions(rating, rating, rating, rating), 2, new Picture(PictureKind.MutualPattern, Text(4_000)), new Season(SeasonKind.Grief, Text(2_000)));
    }

    /// <summary>Reflects alone at the longest, round after round, until a draft is refused; that refusal.</summary>
    private static async Task<AuditRuleException> Fill(IRelationshipGrain relationship, Guid personId)
    {
        while (true)
        {
            try
            {
                await relationship.SaveDraft(personId, HeaviestPerspective());
            }
            catch (AuditRuleException refusal)
            {
                return refusal;
            }

            await relationship.Submit(personId);
            await relationship.StartRound(personId);
        }
    }

    private async Task<(Guid Id, IPersonGrain Grain)> Person(string name)
    {
        var id = Guid.NewGuid();
        var person = fixture.Grains.GetGrain<IPersonGrain>(id);
        await person.Register(name);
        return (id, person);
    }
}
