namespace Attendance.Parquet;

/// <summary>
/// One column chunk's values. <c>Values[i]</c> is <c>default(T)</c> where row i is null.
/// Reusable: <see cref="ParquetFileReader.ReadColumn{T}(int, string, ColumnData{T})"/> refills it,
/// growing the arrays only when a chunk has more rows than any before.
/// </summary>
public sealed class ColumnData<T>
{
    private T[] _values = [];
    private bool[] _nullBuffer = [];
    private bool _hasNulls;

    /// <summary>Rows in the chunk.</summary>
    public int Count { get; private set; }

    /// <summary>The values; length is at least <see cref="Count"/>.</summary>
    public T[] Values => _values;

    /// <summary>Null when no row is null; otherwise <c>Nulls[i]</c> is true where row i is null.</summary>
    public bool[]? Nulls => _hasNulls ? _nullBuffer : null;

    /// <summary>The values of the chunk's rows.</summary>
    public ReadOnlySpan<T> Span => _values.AsSpan(0, Count);

    public bool IsNull(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Count);
        return _hasNulls && _nullBuffer[row];
    }

    /// <summary>Prepares for a chunk of <paramref name="count"/> rows.</summary>
    internal void Reset(int count, bool mayHaveNulls)
    {
        // Run-length encoding lets a tiny page claim billions of rows; refuse what cannot fit in
        // memory rather than let the allocation take the process down.
        var bytes = (long)count * (System.Runtime.CompilerServices.Unsafe.SizeOf<T>() + (mayHaveNulls ? 1 : 0));
        if (_values.Length < count && bytes > GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 2)
        {
            throw new ParquetFormatException($"a chunk of {count} rows needs {bytes >> 20} MiB, more than half the memory available");
        }

        if (_values.Length < count)
        {
            _values = new T[count];
        }

        if (mayHaveNulls && _nullBuffer.Length < count)
        {
            _nullBuffer = new bool[count];
        }

        Count = count;
        _hasNulls = false;
    }

    /// <summary>The null mask being filled (valid after <see cref="Reset"/> with mayHaveNulls).</summary>
    internal Span<bool> NullBuffer => _nullBuffer.AsSpan(0, Count);

    internal void MarkHasNulls() => _hasNulls = true;
}
