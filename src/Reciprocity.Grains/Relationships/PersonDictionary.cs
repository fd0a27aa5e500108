using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Reciprocity.Grains.Relationships;

/// <summary>
/// One value per person of a relationship (two people, rarely more): a small array, replaced whole on every change.
/// Orleans' codec writes it as it is, where an immutable dictionary is first copied into a surrogate dictionary on
/// every write (issue 22: that copy was the largest single cost of a durable round). Entries keep the order an
/// <c>ImmutableDictionary</c> enumerated them in (by the person's hash code), so every answer and event built from
/// it lists people in the same order as before. Two are equal when they hold the same values for the same people.
/// </summary>
[GenerateSerializer, Immutable, Alias("Reciprocity.PersonDictionary`1")]
public sealed class PersonDictionary<T> : IReadOnlyDictionary<Guid, T>, IEquatable<PersonDictionary<T>>
{
    public static readonly PersonDictionary<T> Empty = new([]);

    [Id(0)] private readonly KeyValuePair<Guid, T>[] _entries;

    private PersonDictionary(KeyValuePair<Guid, T>[] entries) => _entries = entries;

    public int Count => _entries.Length;

    public IEnumerable<Guid> Keys => _entries.Select(entry => entry.Key);

    public IEnumerable<T> Values => _entries.Select(entry => entry.Value);

    public T this[Guid personId] => TryGetValue(personId, out var value) ? value : throw new KeyNotFoundException($"Nothing is kept for {personId}.");

    public bool ContainsKey(Guid personId) => IndexOf(personId) >= 0;

    public bool TryGetValue(Guid personId, [MaybeNullWhen(false)] out T value)
    {
        var index = IndexOf(personId);
        value = index >= 0 ? _entries[index].Value : default;
        return index >= 0;
    }

    /// <summary>This with the person's value set (added, or replaced in place).</summary>
    public PersonDictionary<T> SetItem(Guid personId, T value)
    {
        var index = IndexOf(personId);
        if (index >= 0)
        {
            var replaced = (KeyValuePair<Guid, T>[])_entries.Clone();
            replaced[index] = new(personId, value);
            return new(replaced);
        }

        var at = 0;
        while (at < _entries.Length && _entries[at].Key.GetHashCode() <= personId.GetHashCode())
        {
            at++;
        }

        return new([.. _entries.AsSpan(0, at), new(personId, value), .. _entries.AsSpan(at)]);
    }

    /// <summary>This without the person (itself when they have nothing here).</summary>
    public PersonDictionary<T> Remove(Guid personId)
    {
        var index = IndexOf(personId);
        return index < 0 ? this : new([.. _entries.AsSpan(0, index), .. _entries.AsSpan(index + 1)]);
    }

    public bool Equals(PersonDictionary<T>? other) =>
        other is not null && other.Count == Count && this.All(entry => other.TryGetValue(entry.Key, out var value) && EqualityComparer<T>.Default.Equals(entry.Value, value));

    public override bool Equals(object? obj) => Equals(obj as PersonDictionary<T>);

    public override int GetHashCode() => this.Aggregate(0, (hash, entry) => hash ^ HashCode.Combine(entry.Key, entry.Value));

    public IEnumerator<KeyValuePair<Guid, T>> GetEnumerator() => ((IEnumerable<KeyValuePair<Guid, T>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(Guid personId)
    {
        for (var index = 0; index < _entries.Length; index++)
        {
            if (_entries[index].Key == personId)
            {
                return index;
            }
        }

        return -1;
    }
}

public static class PersonDictionary
{
    public static PersonDictionary<T> ToPersonDictionary<T>(this IEnumerable<KeyValuePair<Guid, T>> entries) =>
        entries.Aggregate(PersonDictionary<T>.Empty, (map, entry) => map.SetItem(entry.Key, entry.Value));
}
