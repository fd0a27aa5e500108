using System.Collections;
using System.Runtime.CompilerServices;

namespace Reciprocity.Grains.Relationships;

/// <summary>
/// Some of a relationship's people (who sealed, who confirmed, …): a small array, replaced whole on every change, which
/// Orleans' codec writes as it is (an immutable set is copied into a surrogate on every write; issue 22). People keep
/// the order an <c>ImmutableHashSet</c> enumerated them in (by hash code), as <see cref="PersonDictionary{T}"/> does. Two
/// are equal when they hold the same people.
/// </summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.PersonSet")]
[CollectionBuilder(typeof(PersonSet), nameof(Create))]
public sealed class PersonSet : IReadOnlyCollection<Guid>, IEquatable<PersonSet>
{
    public static readonly PersonSet Empty = new([]);

    [Id(0)] private readonly Guid[] _people;

    private PersonSet(Guid[] people) => _people = people;

    public int Count => _people.Length;

    public static PersonSet Create(ReadOnlySpan<Guid> people)
    {
        var set = Empty;
        foreach (var person in people)
        {
            set = set.Add(person);
        }

        return set;
    }

    public bool Contains(Guid personId) => Array.IndexOf(_people, personId) >= 0;

    /// <summary>This with the person (itself when they are in it already).</summary>
    public PersonSet Add(Guid personId)
    {
        if (Contains(personId))
        {
            return this;
        }

        var at = 0;
        while (at < _people.Length && _people[at].GetHashCode() <= personId.GetHashCode())
        {
            at++;
        }

        return new([.. _people.AsSpan(0, at), personId, .. _people.AsSpan(at)]);
    }

    /// <summary>This without the person (itself when they are not in it).</summary>
    public PersonSet Remove(Guid personId)
    {
        var index = Array.IndexOf(_people, personId);
        return index < 0 ? this : new([.. _people.AsSpan(0, index), .. _people.AsSpan(index + 1)]);
    }

    public bool Equals(PersonSet? other) => other is not null && other.Count == Count && _people.All(other.Contains);

    public override bool Equals(object? obj) => Equals(obj as PersonSet);

    public override int GetHashCode() => _people.Aggregate(0, (hash, person) => hash ^ person.GetHashCode());

    public IEnumerator<Guid> GetEnumerator() => ((IEnumerable<Guid>)_people).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
