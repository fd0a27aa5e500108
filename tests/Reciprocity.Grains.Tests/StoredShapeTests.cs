using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Reciprocity.Grains.Relationships;
using Reciprocity.Perspectives;

namespace Reciprocity.Grains.Tests;

/// <summary>
/// Issue 22: the round and the revealed rounds keep their people in small arrays that Orleans' codec writes as they
/// are, in the order the immutable collections had (so answers and events list people as before). Rows written before
/// are read in StoredBefore22Tests (the host's tests).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class StoredShapeTests(ClusterFixture fixture)
{
    [Fact]
    public void People_keep_the_order_the_immutable_collections_had_through_every_change()
    {
        var random = new Random(22);
        var people = Enumerable.Range(0, 12).Select(_ => NewGuid(random)).ToArray();
        var (dictionary, immutableDictionary) = (PersonDictionary<string>.Empty, ImmutableDictionary<Guid, string>.Empty);
        var (set, immutableSet) = (PersonSet.Empty, ImmutableHashSet<Guid>.Empty);
        for (var step = 0; step < 400; step++)
        {
            var person = people[random.Next(people.Length)];
            if (random.Next(3) == 0)
            {
                (dictionary, immutableDictionary) = (dictionary.Remove(person), immutableDictionary.Remove(person));
                (set, immutableSet) = (set.Remove(person), immutableSet.Remove(person));
            }
            else
            {
                (dictionary, immutableDictionary) = (dictionary.SetItem(person, $"{step}"), immutableDictionary.SetItem(person, $"{step}"));
                (set, immutableSet) = (set.Add(person), immutableSet.Add(person));
            }

            Assert.Equal(immutableDictionary, dictionary);
            Assert.Equal(immutableSet.ToList(), set.ToList());
            Assert.Equal(immutableDictionary.Count, dictionary.Count);
            Assert.Equal(immutableSet.Count, set.Count);
        }

        Assert.Equal(ImmutableDictionary.CreateRange(immutableDictionary), immutableDictionary.ToPersonDictionary());
        Assert.Equal(ImmutableHashSet.CreateRange(people).ToList(), PersonSet.Create(people).ToList());
    }

    [Fact]
    public void A_round_and_its_history_read_back_whole_through_orleans_serializer()
    {
        var serializer = fixture.Cluster.Client.ServiceProvider.GetRequiredService<Serializer>();
        var (alex, sam) = (Guid.NewGuid(), Guid.NewGuid());
        var round = new RoundState
        {
            Number = 3,
            Drafts = PersonDictionary<Perspective>.Empty.SetItem(alex, Audit.Complete("alex")).SetItem(sam, new Perspective(Overall: 4)),
            Submitted = [alex],
            Confirmed = [alex],
            Withdrawn = [sam],
            KeptPrivate = [sam],
        };
        var revealed = new RevealedRound
        {
            Number = 2,
            RevealedAt = DateTimeOffset.UnixEpoch,
            Perspectives = round.Drafts,
            Appreciations = PersonDictionary<string>.Empty.SetItem(sam, "thanks"),
            SmallThings = PersonDictionary<string>.Empty.SetItem(alex, "a walk"),
        };

        var state = serializer.Deserialize<RelationshipState>(serializer.SerializeToArray(new RelationshipState { IsOpen = true, InviterId = alex, PartnerId = sam, Round = round }))!;
        var history = serializer.Deserialize<RelationshipHistory>(serializer.SerializeToArray(new RelationshipHistory { Rounds = [revealed, revealed with { Number = 1 }], ArchiveRows = 2 }))!;

        Assert.Equal(round.Drafts, state.Round.Drafts);
        Assert.Equal(3, state.Round.Number);
        Assert.Equal([[alex], [alex], [sam], [sam]], new[] { state.Round.Submitted, state.Round.Confirmed, state.Round.Withdrawn, state.Round.KeptPrivate }.Select(set => set.ToArray()));
        Assert.Equal([2, 1], history.Rounds.Select(r => r.Number));
        Assert.Equal(2, history.ArchiveRows);
        Assert.All(history.Rounds, r =>
        {
            Assert.Equal(revealed.Perspectives, r.Perspectives);
            Assert.Equal(revealed.Appreciations, r.Appreciations);
            Assert.Equal(revealed.SmallThings, r.SmallThings);
        });
    }

    private static Guid NewGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
