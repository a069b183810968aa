using System.Buffers.Binary;
using Attendance.Parquet.Codecs;
using Attendance.Parquet.Reading;
using Attendance.Parquet.Schema;
using Attendance.Parquet.Thrift;
using Microsoft.Win32.SafeHandles;

namespace Attendance.Parquet;

/// <summary>
/// Reads a Parquet file column chunk by column chunk. Opening checks the magic bytes and decodes the
/// footer; each <c>ReadColumn</c> reads one chunk with one read call and decodes all its pages.
/// Not thread-safe: use one reader per thread. Bad files raise <see cref="ParquetFormatException"/>
/// naming file, column, row group and page.
/// </summary>
public sealed class ParquetFileReader : IDisposable
{
    private const int FooterTrailerLength = 8;
    private static ReadOnlySpan<byte> Magic => "PAR1"u8;

    private readonly SafeFileHandle _handle;
    private readonly long _dataEnd;
    private readonly DecodeScratch _scratch = new();

    private ParquetFileReader(string path, SafeFileHandle handle, long dataEnd, FileMetaData metadata, ParquetSchema schema)
    {
        Path = path;
        _handle = handle;
        _dataEnd = dataEnd;
        Metadata = metadata;
        Schema = schema;
        var keyValues = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var kv in metadata.KeyValueMetadata)
        {
            keyValues[kv.Key] = kv.Value ?? string.Empty;
        }

        KeyValueMetadata = keyValues;
    }

    public string Path { get; }

    /// <summary>The leaf columns, with flat dotted names.</summary>
    public ParquetSchema Schema { get; }

    public long RowCount => Metadata.NumRows;

    public int RowGroupCount => Metadata.RowGroups.Count;

    public IReadOnlyDictionary<string, string> KeyValueMetadata { get; }

    /// <summary>The decoded footer: row groups, chunks, codecs, encodings, statistics.</summary>
    public FileMetaData Metadata { get; }

    /// <summary>Opens a file and decodes its footer.</summary>
    /// <exception cref="ParquetFormatException">The file is not valid Parquet.</exception>
    public static ParquetFileReader Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
        try
        {
            var (metadata, dataEnd) = ReadFooter(handle);
            var schema = SchemaBuilder.Build(metadata.Schema);
            Validate(metadata, schema);
            return new ParquetFileReader(path, handle, dataEnd, metadata, schema);
        }
        catch (ParquetFormatException ex)
        {
            handle.Dispose();
            throw ex.WithLocation(path);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    public long GetRowGroupRowCount(int rowGroup) => GetRowGroup(rowGroup).NumRows;

    /// <summary>Reads one column chunk into new arrays.</summary>
    public ColumnData<T> ReadColumn<T>(int rowGroup, string column)
    {
        var data = new ColumnData<T>();
        ReadColumn(rowGroup, column, data);
        return data;
    }

    /// <summary>Reads one column chunk into <paramref name="into"/>, reusing its arrays.</summary>
    /// <remarks>
    /// <typeparamref name="T"/> per column type: <c>bool</c> BOOLEAN; <c>int</c> INT32 (INT(8/16/32),
    /// UINT(8/16), DATE as days since 1970-01-01, TIME(MILLIS) as millis); <c>long</c> INT64, INT32
    /// widened (UINT(32) zero-extended), every TIMESTAMP unit and INT96 as microseconds since the Unix
    /// epoch, TIME as microseconds, UINT(64) only below 2^63; <c>ulong</c> any UINT; <c>float</c> FLOAT;
    /// <c>double</c> DOUBLE, FLOAT widened; <c>decimal</c> DECIMAL in INT32/INT64/BYTE_ARRAY/FIXED_LEN_BYTE_ARRAY;
    /// <c>string</c> BYTE_ARRAY as strict UTF-8; <c>byte[]</c> BYTE_ARRAY, FIXED_LEN_BYTE_ARRAY.
    /// </remarks>
    /// <exception cref="NotSupportedException">The column is nested or repeated.</exception>
    /// <exception cref="ArgumentException">No such column, or it cannot be read as <typeparamref name="T"/>.</exception>
    public void ReadColumn<T>(int rowGroup, string column, ColumnData<T> into)
    {
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(into);
        var group = GetRowGroup(rowGroup);
        var leaf = Schema.Find(column) ?? throw new ArgumentException($"{Path}: no column '{column}'", nameof(column));
        if (leaf.IsNested)
        {
            throw new NotSupportedException($"not supported: column {leaf.Name} (nested)");
        }

        var converter = ConverterFactory.Create<T>(leaf, Path);
        ColumnChunkDecoder<T>? decoder = null;
        try
        {
            var meta = group.Columns[leaf.Index].MetaData ?? throw new ParquetFormatException("column chunk lacks its metadata");
            if (group.Columns[leaf.Index].FilePath is not null)
            {
                throw new NotSupportedException($"not supported: column {leaf.Name} stored in another file");
            }

            if (meta.Type != leaf.PhysicalType)
            {
                throw new ParquetFormatException($"chunk type {meta.Type} differs from the schema's {leaf.PhysicalType}");
            }

            var chunk = ReadChunk(meta);
            decoder = new ColumnChunkDecoder<T>(leaf, converter, _scratch, meta.Codec);
            decoder.Decode(chunk, (int)group.NumRows, into);
        }
        catch (ParquetFormatException ex)
        {
            throw ex.WithLocation(Path, leaf.Name, rowGroup, decoder?.CurrentPage);
        }
    }

    public void Dispose() => _handle.Dispose();

    private RowGroup GetRowGroup(int rowGroup)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rowGroup);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(rowGroup, RowGroupCount);
        return Metadata.RowGroups[rowGroup];
    }

    private ReadOnlySpan<byte> ReadChunk(ColumnMetaData meta)
    {
        var start = meta.DataPageOffset;
        if (meta.DictionaryPageOffset is { } dictionaryOffset && dictionaryOffset > 0 && dictionaryOffset < start)
        {
            start = dictionaryOffset;
        }

        var length = meta.TotalCompressedSize;
        if (start < Magic.Length || length < 0 || length > _dataEnd - start)
        {
            throw new ParquetFormatException($"column chunk at offset {start} of {length} bytes lies outside the file's data ({_dataEnd} bytes)");
        }

        var buffer = DecodeScratch.Get(ref _scratch.Chunk, (int)length);
        ReadExactly(_handle, buffer, start);
        return buffer;
    }

    private static (FileMetaData Metadata, long DataEnd) ReadFooter(SafeFileHandle handle)
    {
        var fileLength = RandomAccess.GetLength(handle);
        if (fileLength < Magic.Length + FooterTrailerLength)
        {
            throw new ParquetFormatException($"file is too small to be Parquet ({fileLength} bytes)");
        }

        Span<byte> head = stackalloc byte[4];
        ReadExactly(handle, head, 0);
        Span<byte> trailer = stackalloc byte[FooterTrailerLength];
        ReadExactly(handle, trailer, fileLength - FooterTrailerLength);
        if ("PARE"u8.SequenceEqual(trailer[4..]))
        {
            throw new NotSupportedException("not supported: encrypted Parquet footer");
        }

        if (!head.SequenceEqual(Magic) || !trailer[4..].SequenceEqual(Magic))
        {
            throw new ParquetFormatException("not a Parquet file: the magic bytes PAR1 are missing");
        }

        var footerLength = BinaryPrimitives.ReadInt32LittleEndian(trailer);
        var dataEnd = fileLength - FooterTrailerLength - footerLength;
        if (footerLength <= 0 || dataEnd < Magic.Length)
        {
            throw new ParquetFormatException($"footer length {footerLength} does not fit in a file of {fileLength} bytes");
        }

        var footer = new byte[footerLength];
        ReadExactly(handle, footer, dataEnd);
        var reader = new ThriftReader(footer);
        var metadata = ThriftLists.ReadStruct<FileMetaData>(ref reader);
        return (metadata, dataEnd);
    }

    private static void Validate(FileMetaData metadata, ParquetSchema schema)
    {
        if (metadata.NumRows < 0)
        {
            throw new ParquetFormatException($"footer claims {metadata.NumRows} rows");
        }

        for (var g = 0; g < metadata.RowGroups.Count; g++)
        {
            var group = metadata.RowGroups[g];
            if (group.Columns.Count != schema.Columns.Count)
            {
                throw new ParquetFormatException($"row group {g} has {group.Columns.Count} column chunks but the schema has {schema.Columns.Count} columns");
            }

            if (group.NumRows is < 0 or > int.MaxValue)
            {
                throw new ParquetFormatException($"row group {g} claims {group.NumRows} rows");
            }
        }
    }

    private static void ReadExactly(SafeFileHandle handle, Span<byte> buffer, long offset)
    {
        while (buffer.Length > 0)
        {
            var read = RandomAccess.Read(handle, buffer, offset);
            if (read == 0)
            {
                throw new ParquetFormatException($"file ends before offset {offset + buffer.Length}");
            }

            buffer = buffer[read..];
            offset += read;
        }
    }
}
