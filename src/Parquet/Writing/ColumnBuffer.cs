namespace Attendance.Parquet.Writing;

/// <summary>Rows of one column waiting for their row group; writes them out as a column chunk.</summary>
internal abstract class ColumnBuffer
{
    public abstract int Count { get; }

    /// <summary>Appends rows [0, count) of a batch column.</summary>
    public abstract void Append(Array values, bool[]? nulls, int count);

    /// <summary>Writes the first rows as a column chunk and drops them from the buffer.</summary>
    public abstract ColumnChunk WriteChunk(int rows, ChunkSink sink);

    /// <summary>Rejects a batch column before anything is buffered, so a bad batch leaves the writer unchanged.</summary>
    public static void CheckBatchColumn(ParquetColumnSpec spec, Array values, bool[]? nulls, int count)
    {
        if (values is not string?[] strings)
        {
            return;
        }

        for (var i = 0; i < count; i++)
        {
            if (strings[i] is null && (nulls is null || !nulls[i]))
            {
                throw new ArgumentException($"column '{spec.Name}': batch row {i} holds a null string but is not {(nulls is null ? "nullable" : "marked null")}");
            }
        }
    }

    public static ColumnBuffer Create(ParquetColumnSpec spec, ParquetWriterOptions options) => spec.Type switch
    {
        ParquetValueType.Boolean => new ColumnBuffer<bool, BooleanHandler>(spec, options),
        ParquetValueType.Int32 or ParquetValueType.Date => new ColumnBuffer<int, Int32Handler>(spec, options),
        ParquetValueType.Int64 or ParquetValueType.Timestamp => new ColumnBuffer<long, Int64Handler>(spec, options),
        ParquetValueType.Float => new ColumnBuffer<float, FloatHandler>(spec, options),
        ParquetValueType.Double => new ColumnBuffer<double, DoubleHandler>(spec, options),
        ParquetValueType.String => new ColumnBuffer<string, StringHandler>(spec, options),
        _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Type, "unknown value type"),
    };
}
