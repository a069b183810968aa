
namespace Attendance.Parquet.Writing;

/// <summary>
/// A typed column buffer: values row-aligned (anything at null rows), plus the null mask for
/// nullable columns. Encodes chunks with dictionary encoding when it pays and stays small.
/// </summary>
internal sealed class ColumnBuffer<T, THandler> : ColumnBuffer
    where T : notnull
    where THandler : struct, IValueHandler<T>
{
    private readonly ParquetColumnSpec _spec;
    private readonly ParquetWriterOptions _options;
    private T[] _values = [];
    private bool[] _nulls = [];
    private int _count;

    public ColumnBuffer(ParquetColumnSpec spec, ParquetWriterOptions options)
    {
        _spec = spec;
        _options = options;
    }

    public override int Count => _count;

    public override void Append(Array values, bool[]? nulls, int count)
    {
        var source = (T[])values;
        EnsureCapacity(_count + count);
        source.AsSpan(0, count).CopyTo(_values.AsSpan(_count));
        if (_spec.Nullable)
        {
            nulls!.AsSpan(0, count).CopyTo(_nulls.AsSpan(_count));
        }

        _count += count;
    }

    public override ColumnChunk WriteChunk(int rows, ChunkSink sink)
    {
        var chunk = new ChunkEncoder<T, THandler>(_spec, sink).Write(
            _values.AsSpan(0, rows),
            _spec.Nullable ? _nulls.AsSpan(0, rows) : default);
        var rest = _count - rows;
        _values.AsSpan(rows, rest).CopyTo(_values);
        _values.AsSpan(rest, rows).Clear();
        if (_spec.Nullable)
        {
            _nulls.AsSpan(rows, rest).CopyTo(_nulls);
        }

        _count = rest;
        return chunk;
    }

    private void EnsureCapacity(int needed)
    {
        if (_values.Length >= needed)
        {
            return;
        }

        var capacity = Math.Max(needed, Math.Min(_options.RowGroupRows + needed, Math.Max(1024, _values.Length * 2)));
        Array.Resize(ref _values, capacity);
        if (_spec.Nullable)
        {
            Array.Resize(ref _nulls, capacity);
        }
    }
}
