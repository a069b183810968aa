using Attendance.Parquet.Thrift;
using Attendance.Parquet.Writing;

namespace Attendance.Parquet;

/// <summary>
/// Writes a flat Parquet file. Everything goes into a temporary file beside the target;
/// <see cref="Complete"/> writes the footer, flushes to disk and renames it over the target.
/// <see cref="Dispose"/> without <see cref="Complete"/> deletes the temporary file, so a crash or
/// exception never leaves a half file under the final name. Not thread-safe.
/// </summary>
public sealed class ParquetFileWriter : IDisposable
{
    private const string CreatedBy = "Attendance.Parquet version 1.0";

    private readonly string _path;
    private readonly string _tempPath;
    private readonly ParquetWriterOptions _options;
    private readonly FileStream _stream;
    private readonly ColumnBuffer[] _buffers;
    private readonly ChunkSink _sink;
    private readonly List<RowGroup> _rowGroups = [];
    private long _rows;
    private bool _completed;
    private bool _disposed;

    public ParquetFileWriter(string path, IReadOnlyList<ParquetColumnSpec> columns, ParquetWriterOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(columns);
        ValidateColumns(columns);
        _options = options ?? new ParquetWriterOptions();
        _options.Validate();
        _path = System.IO.Path.GetFullPath(path);
        Columns = [.. columns];
        var directory = System.IO.Path.GetDirectoryName(_path)!;
        _tempPath = System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(_path)}.{Guid.NewGuid():N}.tmp");
        _stream = new FileStream(_tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20);
        _stream.Write("PAR1"u8);
        _buffers = [.. Columns.Select(c => ColumnBuffer.Create(c, _options))];
        _sink = new ChunkSink(_stream, _options);
    }

    public IReadOnlyList<ParquetColumnSpec> Columns { get; }

    /// <summary>Makes a batch with buffers for <paramref name="capacityRows"/> rows of every column; reuse it across writes.</summary>
    public ParquetBatch CreateBatch(int capacityRows) => new(Columns, capacityRows);

    /// <summary>Appends the batch's rows; full row groups are written as they fill up.</summary>
    public void Write(ParquetBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ThrowIfFinished();
        if (!batch.BelongsTo(Columns))
        {
            throw new ArgumentException("the batch was created by another writer", nameof(batch));
        }

        for (var c = 0; c < _buffers.Length; c++)
        {
            ColumnBuffer.CheckBatchColumn(Columns[c], batch.RawValues(c), batch.RawNulls(c), batch.Count);
        }

        for (var c = 0; c < _buffers.Length; c++)
        {
            _buffers[c].Append(batch.RawValues(c), batch.RawNulls(c), batch.Count);
        }

        while (_buffers.Length > 0 && _buffers[0].Count >= _options.RowGroupRows)
        {
            FlushRowGroup(_options.RowGroupRows);
        }
    }

    /// <summary>Writes the remaining rows and the footer, then atomically moves the file into place.</summary>
    public void Complete()
    {
        ThrowIfFinished();
        if (_buffers.Length > 0 && _buffers[0].Count > 0)
        {
            FlushRowGroup(_buffers[0].Count);
        }

        var metadata = new FileMetaData
        {
            Version = _options.DataPageVersion == 2 ? 2 : 1,
            Schema = BuildSchema(),
            NumRows = _rows,
            RowGroups = _rowGroups,
            KeyValueMetadata = _options.KeyValueMetadata?.Select(kv => new KeyValue(kv.Key, kv.Value)).ToArray() ?? [],
            CreatedBy = CreatedBy,
            ColumnOrderCount = Columns.Count,
        };
        var writer = new ThriftWriter();
        metadata.Write(writer);
        var footer = writer.WrittenSpan;
        _stream.Write(footer);
        Span<byte> trailer = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(trailer, footer.Length);
        "PAR1"u8.CopyTo(trailer[4..]);
        _stream.Write(trailer);
        _stream.Flush(flushToDisk: true);
        _stream.Dispose();
        File.Move(_tempPath, _path, overwrite: true);
        _completed = true;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stream.Dispose();
        if (!_completed)
        {
            File.Delete(_tempPath);
        }
    }

    private void FlushRowGroup(int rows)
    {
        var start = _stream.Position;
        var chunks = new ColumnChunk[_buffers.Length];
        long uncompressed = 0;
        for (var c = 0; c < _buffers.Length; c++)
        {
            chunks[c] = _buffers[c].WriteChunk(rows, _sink);
            uncompressed += chunks[c].MetaData!.TotalUncompressedSize;
        }

        _rowGroups.Add(new RowGroup
        {
            Columns = chunks,
            NumRows = rows,
            TotalByteSize = uncompressed,
            FileOffset = start,
            TotalCompressedSize = _stream.Position - start,
            Ordinal = (short)Math.Min(_rowGroups.Count, short.MaxValue),
        });
        _rows += rows;
    }

    private SchemaElement[] BuildSchema()
    {
        var elements = new SchemaElement[Columns.Count + 1];
        elements[0] = new SchemaElement { Name = "schema", NumChildren = Columns.Count };
        for (var i = 0; i < Columns.Count; i++)
        {
            var spec = Columns[i];
            var element = new SchemaElement
            {
                Name = spec.Name,
                RepetitionType = spec.Nullable ? FieldRepetitionType.Optional : FieldRepetitionType.Required,
            };
            (element.Type, element.ConvertedType, element.LogicalType) = spec.Type switch
            {
                ParquetValueType.Boolean => (PhysicalType.Boolean, (ConvertedType?)null, (LogicalType?)null),
                ParquetValueType.Int32 => (PhysicalType.Int32, null, null),
                ParquetValueType.Int64 => (PhysicalType.Int64, null, null),
                ParquetValueType.Float => (PhysicalType.Float, null, null),
                ParquetValueType.Double => (PhysicalType.Double, null, null),
                ParquetValueType.String => (PhysicalType.ByteArray, ConvertedType.Utf8, new LogicalType(LogicalTypeKind.String)),
                ParquetValueType.Date => (PhysicalType.Int32, ConvertedType.Date, new LogicalType(LogicalTypeKind.Date)),
                _ => (PhysicalType.Int64, ConvertedType.TimestampMicros, LogicalType.Timestamp(TimeUnit.Micros, isAdjustedToUtc: true)),
            };
            elements[i + 1] = element;
        }

        return elements;
    }

    private static void ValidateColumns(IReadOnlyList<ParquetColumnSpec> columns)
    {
        if (columns.Count == 0)
        {
            throw new ArgumentException("a Parquet file needs at least one column", nameof(columns));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            ArgumentNullException.ThrowIfNull(column, nameof(columns));
            if (string.IsNullOrEmpty(column.Name) || !names.Add(column.Name))
            {
                throw new ArgumentException($"column names must be non-empty and unique: '{column.Name}'", nameof(columns));
            }

            if (!Enum.IsDefined(column.Type))
            {
                throw new ArgumentException($"column '{column.Name}' has unknown type {column.Type}", nameof(columns));
            }
        }
    }

    private void ThrowIfFinished()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed)
        {
            throw new InvalidOperationException("the file is already complete");
        }
    }
}
