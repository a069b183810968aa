namespace Attendance.Parquet;

/// <summary>
/// Reusable columnar buffers for <see cref="ParquetFileWriter.Write"/>: fill rows [0, Count) of each
/// column's <see cref="Values{T}"/> (and <see cref="Nulls"/> for nullable columns), then write.
/// </summary>
public sealed class ParquetBatch
{
    private readonly IReadOnlyList<ParquetColumnSpec> _columns;
    private readonly Array[] _values;
    private readonly bool[]?[] _nulls;
    private int _count;

    internal ParquetBatch(IReadOnlyList<ParquetColumnSpec> columns, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _columns = columns;
        Capacity = capacity;
        _values = new Array[columns.Count];
        _nulls = new bool[]?[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            _values[i] = columns[i].Type switch
            {
                ParquetValueType.Boolean => new bool[capacity],
                ParquetValueType.Int32 or ParquetValueType.Date => new int[capacity],
                ParquetValueType.Int64 or ParquetValueType.Timestamp => new long[capacity],
                ParquetValueType.Float => new float[capacity],
                ParquetValueType.Double => new double[capacity],
                _ => new string?[capacity],
            };
            _nulls[i] = columns[i].Nullable ? new bool[capacity] : null;
        }
    }

    public int Capacity { get; }

    /// <summary>Rows filled so far (at most <see cref="Capacity"/>).</summary>
    public int Count
    {
        get => _count;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, Capacity);
            _count = value;
        }
    }

    /// <summary>The column's value buffer (full capacity). T must match the column's type: bool, int, long, float, double, string? (Date: int, Timestamp: long).</summary>
    public Span<T> Values<T>(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, _values.Length);
        return _values[column] switch
        {
            T[] typed => typed,
            _ => throw new ArgumentException($"column '{_columns[column].Name}' is {_columns[column].Type}; {typeof(T).Name} values do not fit", nameof(T)),
        };
    }

    /// <summary>The column's null mask (full capacity): set true for null rows. Only for nullable columns.</summary>
    public Span<bool> Nulls(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, _values.Length);
        return _nulls[column] ?? throw new ArgumentException($"column '{_columns[column].Name}' is not nullable", nameof(column));
    }

    /// <summary>Sets Count to 0, clears null masks and drops string references.</summary>
    public void Clear()
    {
        _count = 0;
        for (var i = 0; i < _values.Length; i++)
        {
            Array.Clear(_values[i]);
            if (_nulls[i] is { } nulls)
            {
                Array.Clear(nulls);
            }
        }
    }

    internal Array RawValues(int column) => _values[column];

    internal bool[]? RawNulls(int column) => _nulls[column];

    internal bool BelongsTo(IReadOnlyList<ParquetColumnSpec> columns) => ReferenceEquals(columns, _columns);
}
