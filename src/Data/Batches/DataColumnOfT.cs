using Attendance.Data.Contract;

namespace Attendance.Data.Batches;

/// <summary>
/// Values of one column for the rows of a batch: <c>Values[i]</c> is row i, default where <c>Nulls[i]</c>.
/// Invariant: <c>Values.Length</c> (and <c>Nulls.Length</c> when not null) is at least the batch's row count.
/// </summary>
/// <typeparam name="T">string?, long (timestamps as UTC micros, int64), int (int32, dates as days since 1970-01-01), double or bool.</typeparam>
public sealed class DataColumn<T> : DataColumn
{
    internal DataColumn(FieldType type, int capacity)
        : base(type)
    {
        Values = new T[capacity];
    }

    /// <summary>Row values; the array may be longer than the batch.</summary>
    public T[] Values { get; private set; }

    /// <summary>Null flags, or null when no row is null.</summary>
    public bool[]? Nulls { get; private set; }

    /// <inheritdoc/>
    public override bool IsNull(int row) => Nulls is not null && Nulls[row];

    /// <inheritdoc/>
    internal override int FirstNull(int rows) => Nulls is null ? -1 : Nulls.AsSpan(0, rows).IndexOf(true);

    /// <inheritdoc/>
    public override object? GetBoxed(int row) => IsNull(row) ? null : Values[row];

    /// <summary>Marks row <paramref name="row"/> as null (allocating the null flags on first use).</summary>
    public void SetNull(int row)
    {
        Nulls ??= new bool[Values.Length];
        Nulls[row] = true;
        Values[row] = default!;
    }

    /// <summary>Null flags for writing: allocated (all false) on first call.</summary>
    public bool[] EnsureNulls() => Nulls ??= new bool[Values.Length];

    /// <inheritdoc/>
    public override void EnsureCapacity(int capacity)
    {
        if (Values.Length >= capacity)
        {
            return;
        }
        var values = Values;
        Array.Resize(ref values, capacity);
        Values = values;
        if (Nulls is not null)
        {
            var nulls = Nulls;
            Array.Resize(ref nulls, capacity);
            Nulls = nulls;
        }
    }

    /// <summary>Clears the null flags of the first <paramref name="rows"/> rows (for reuse of the batch).</summary>
    public void ClearNulls(int rows)
    {
        if (Nulls is not null)
        {
            Array.Clear(Nulls, 0, Math.Min(rows, Nulls.Length));
        }
    }

    /// <summary>Uses given arrays as storage (no copy): the reader attaches decoded column chunks.</summary>
    internal void Attach(T[] values, bool[]? nulls)
    {
        Values = values;
        Nulls = nulls;
    }
}
