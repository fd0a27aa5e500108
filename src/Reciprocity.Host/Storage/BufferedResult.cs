using System.Collections;
using System.Data.Common;
using System.Globalization;

namespace Reciprocity.Host.Storage;

/// <summary>
/// What a statement answered, read into memory on the group-commit writer, so that its caller can read it after the
/// commit, on its own thread. Values keep the provider's own types (SQLite's long, double, string, byte[]; PostgreSQL's
/// int, bytea as byte[], …; DBNull).
/// </summary>
internal sealed class BufferedResult
{
    private BufferedResult(IReadOnlyList<ResultSet> sets, int recordsAffected)
    {
        Sets = sets;
        RecordsAffected = recordsAffected;
    }

    public IReadOnlyList<ResultSet> Sets { get; }

    public int RecordsAffected { get; }

    public static BufferedResult Read(DbDataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sets = new List<ResultSet>(1);
        do
        {
            var names = new string[reader.FieldCount];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = reader.GetName(i);
            }

            var rows = new List<object[]>(1);
            while (reader.Read())
            {
                var row = new object[names.Length];
                reader.GetValues(row);
                rows.Add(row);
            }

            sets.Add(new ResultSet(names, rows));
        }
        while (reader.NextResult());

        return new BufferedResult(sets, reader.RecordsAffected);
    }

    /// <summary>
    /// Reads only the reader's current result set, one statement's answer out of a batch's; its count of affected rows is
    /// asked for once the rows are read (a provider knows it only then).
    /// </summary>
    public static async Task<BufferedResult> ReadCurrentAsync(DbDataReader reader, Func<int> recordsAffected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var names = new string[reader.FieldCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = reader.GetName(i);
        }

        var rows = new List<object[]>(1);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var row = new object[names.Length];
            reader.GetValues(row);
            rows.Add(row);
        }

        ArgumentNullException.ThrowIfNull(recordsAffected);
        return new BufferedResult([new ResultSet(names, rows)], recordsAffected());
    }

    public DbDataReader Reader() => new BufferedResultReader(this);

    internal sealed record ResultSet(string[] Names, List<object[]> Rows);

    /// <summary>A forward-only reader over a <see cref="BufferedResult"/>; getters convert the way SQLite's own do.</summary>
    private sealed class BufferedResultReader(BufferedResult result) : DbDataReader
    {
        private int _set;
        private int _row = -1;
        private bool _closed;

        private ResultSet Set => result.Sets[_set];

        private object[] Row => _row >= 0 && _row < Set.Rows.Count
            ? Set.Rows[_row]
            : throw new InvalidOperationException("No current row.");

        public override int Depth => 0;

        public override int FieldCount => Set.Names.Length;

        public override bool HasRows => Set.Rows.Count > 0;

        public override bool IsClosed => _closed;

        public override int RecordsAffected => result.RecordsAffected;

        public override object this[int ordinal] => GetValue(ordinal);

        public override object this[string name] => GetValue(GetOrdinal(name));

        public override bool Read() => ++_row < Set.Rows.Count;

        public override bool NextResult()
        {
            if (_set + 1 >= result.Sets.Count)
            {
                return false;
            }

            _set++;
            _row = -1;
            return true;
        }

        public override void Close() => _closed = true;

        public override string GetName(int ordinal) => Set.Names[ordinal];

        public override int GetOrdinal(string name)
        {
            var ordinal = Array.FindIndex(Set.Names, field => string.Equals(field, name, StringComparison.OrdinalIgnoreCase));
            return ordinal >= 0 ? ordinal : throw new ArgumentOutOfRangeException(nameof(name), name, "No such column.");
        }

        public override object GetValue(int ordinal) => Row[ordinal];

        public override int GetValues(object[] values)
        {
            ArgumentNullException.ThrowIfNull(values);
            var count = Math.Min(values.Length, FieldCount);
            Array.Copy(Row, values, count);
            return count;
        }

        public override bool IsDBNull(int ordinal) => Row[ordinal] is DBNull;

        public override Type GetFieldType(int ordinal) => _row >= 0 && _row < Set.Rows.Count ? Row[ordinal].GetType() : typeof(object);

        public override string GetDataTypeName(int ordinal) => GetFieldType(ordinal).Name;

        public override bool GetBoolean(int ordinal) => GetInt64(ordinal) != 0;

        public override byte GetByte(int ordinal) => Convert.ToByte(Row[ordinal], CultureInfo.InvariantCulture);

        public override char GetChar(int ordinal) => Convert.ToChar(Row[ordinal], CultureInfo.InvariantCulture);

        public override DateTime GetDateTime(int ordinal) => Convert.ToDateTime(Row[ordinal], CultureInfo.InvariantCulture);

        public override decimal GetDecimal(int ordinal) => Convert.ToDecimal(Row[ordinal], CultureInfo.InvariantCulture);

        public override double GetDouble(int ordinal) => Convert.ToDouble(Row[ordinal], CultureInfo.InvariantCulture);

        public override float GetFloat(int ordinal) => Convert.ToSingle(Row[ordinal], CultureInfo.InvariantCulture);

        public override Guid GetGuid(int ordinal) => Row[ordinal] is byte[] bytes ? new Guid(bytes) : Guid.Parse(GetString(ordinal));

        public override short GetInt16(int ordinal) => Convert.ToInt16(Row[ordinal], CultureInfo.InvariantCulture);

        public override int GetInt32(int ordinal) => Convert.ToInt32(Row[ordinal], CultureInfo.InvariantCulture);

        public override long GetInt64(int ordinal) => Convert.ToInt64(Row[ordinal], CultureInfo.InvariantCulture);

        public override string GetString(int ordinal) => Convert.ToString(Row[ordinal], CultureInfo.InvariantCulture) ?? string.Empty;

        public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) =>
            Copy((byte[])Row[ordinal], dataOffset, buffer, bufferOffset, length);

        public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) =>
            Copy(GetString(ordinal).ToCharArray(), dataOffset, buffer, bufferOffset, length);

        public override IEnumerator GetEnumerator() => new DbEnumerator(this);

        // The ADO.NET convention: no buffer asks for the length; otherwise copy what fits and say how much.
        private static long Copy<T>(T[] source, long dataOffset, T[]? buffer, int bufferOffset, int length)
        {
            if (buffer is null)
            {
                return source.Length;
            }

            var count = (int)Math.Max(0, Math.Min(length, source.Length - dataOffset));
            Array.Copy(source, dataOffset, buffer, bufferOffset, count);
            return count;
        }
    }
}
