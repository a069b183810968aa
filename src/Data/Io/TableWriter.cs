using Attendance.Data.Batches;
using Attendance.Data.Contract;
using Attendance.Data.Rows;
using Attendance.Parquet;

namespace Attendance.Data.Io;

/// <summary>
/// Writes one contract table to a Parquet file: the contract's columns in canonical order (required columns
/// REQUIRED, the rest OPTIONAL), strings UTF8, timestamps INT64 TIMESTAMP(MICROS, UTC), dates DATE, snappy,
/// dictionary encoding, row groups of <see cref="DefaultRowGroupRows"/>. The file appears under its name only after <see cref="Complete"/> (atomic rename).
/// </summary>
public sealed class TableWriter : IDisposable
{
    private readonly ParquetFileWriter _writer;
    private ParquetBatch? _buffer;

    public TableWriter(string path, TableSchema schema, ParquetWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        _writer = new ParquetFileWriter(path, [.. schema.Fields.Select(ToSpec)], options ?? new ParquetWriterOptions { RowGroupRows = DefaultRowGroupRows });
    }

    /// <summary>
    /// Row-group size unless options say otherwise: small enough that writer and readers hold little
    /// (readers decode one row group at a time), large enough for good compression.
    /// </summary>
    public const int DefaultRowGroupRows = 131_072;

    public TableSchema Schema { get; }

    /// <summary>Appends a batch of this table (its <c>x_*</c> extras are not written).</summary>
    public void Write(TableBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Schema != Schema)
        {
            throw new ArgumentException($"a {batch.Schema.Name} batch cannot go into a {Schema.Name} file", nameof(batch));
        }
        var n = batch.Count;
        if (_buffer is null || _buffer.Capacity < n)
        {
            _buffer = _writer.CreateBatch(Math.Max(n, 1024));
        }
        for (var f = 0; f < Schema.Fields.Count; f++)
        {
            var spec = Schema.Fields[f];
            var column = batch.ColumnAt(f) ?? throw new ArgumentException($"the batch lacks column {spec.Name}", nameof(batch));
            switch (column)
            {
                case DataColumn<string?> c: Copy(c, f, n, !spec.Required); break;
                case DataColumn<long> c: Copy(c, f, n, !spec.Required); break;
                case DataColumn<int> c: Copy(c, f, n, !spec.Required); break;
                case DataColumn<double> c: Copy(c, f, n, !spec.Required); break;
                case DataColumn<bool> c: Copy(c, f, n, !spec.Required); break;
                default: throw new InvalidOperationException($"unexpected column type for {spec.Name}");
            }
        }
        _buffer.Count = n;
        _writer.Write(_buffer);
    }

    /// <summary>Appends records through their mapper, in batches.</summary>
    public void WriteRows<TRow>(IRowMapper<TRow> mapper, IEnumerable<TRow> rows, int batchRows = 65_536)
    {
        ArgumentNullException.ThrowIfNull(mapper);
        ArgumentNullException.ThrowIfNull(rows);
        var batch = new TableBatch(Schema, batchRows);
        foreach (var row in rows)
        {
            mapper.Write(batch, batch.Count, row);
            batch.Count++;
            if (batch.Count == batchRows)
            {
                Write(batch);
                batch.Count = 0;
            }
        }
        if (batch.Count > 0)
        {
            Write(batch);
        }
    }

    /// <summary>Writes the footer and moves the file into place.</summary>
    public void Complete() => _writer.Complete();

    /// <summary>Without <see cref="Complete"/>, deletes the temporary file.</summary>
    public void Dispose() => _writer.Dispose();

    private void Copy<T>(DataColumn<T> column, int field, int n, bool nullable)
    {
        column.Values.AsSpan(0, n).CopyTo(_buffer!.Values<T>(field));
        if (nullable)
        {
            var target = _buffer.Nulls(field)[..n];
            if (column.Nulls is { } nulls)
            {
                nulls.AsSpan(0, n).CopyTo(target);
            }
            else
            {
                target.Clear();
            }
        }
    }

    private static ParquetColumnSpec ToSpec(FieldSpec field) => new(field.Name, field.Type switch
    {
        FieldType.String => ParquetValueType.String,
        FieldType.Timestamp => ParquetValueType.Timestamp,
        FieldType.Int32 => ParquetValueType.Int32,
        FieldType.Int64 => ParquetValueType.Int64,
        FieldType.Double => ParquetValueType.Double,
        FieldType.Bool => ParquetValueType.Boolean,
        FieldType.Date => ParquetValueType.Date,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    }, Nullable: !field.Required);
}
