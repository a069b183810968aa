using System.Buffers;
using System.Buffers.Binary;
using Attendance.Parquet.Encodings;

namespace Attendance.Parquet.Writing;

/// <summary>
/// Encodes one column chunk: optional dictionary page, then data pages cut at about
/// <see cref="ParquetWriterOptions.PageBytes"/> of encoded values, with min/max/null-count statistics.
/// </summary>
internal sealed class ChunkEncoder<T, THandler>(ParquetColumnSpec spec, ChunkSink sink)
    where T : notnull
    where THandler : struct, IValueHandler<T>
{
    private readonly ArrayBufferWriter<byte> _values = new();
    private readonly ArrayBufferWriter<byte> _levels = new();
    private long _uncompressedTotal;
    private long _compressedTotal;

    public ColumnChunk Write(ReadOnlySpan<T> values, ReadOnlySpan<bool> nulls)
    {
        var nullCount = nulls.Count(true);
        var dense = nullCount == 0 ? values : Compact(values, nulls, nullCount);
        var dictionary = TryDictionary(dense, out var indices);
        var start = sink.Position;
        long? dictionaryOffset = null;
        var bitWidth = 0;
        if (dictionary is not null)
        {
            dictionaryOffset = start;
            bitWidth = RleHybridEncoder.BitWidth(Math.Max(0, dictionary.Length - 1));
            WriteDictionaryPage(dictionary);
        }

        var dataOffset = sink.Position;
        var rowBits = dictionary is not null ? Math.Max(1, bitWidth) : FixedBits();
        var pageBits = (long)sink.Options.PageBytes * 8;
        var row = 0;
        var denseIndex = 0;
        while (row < values.Length)
        {
            var end = PageEnd(values, nulls, row, rowBits, pageBits);
            var pageNulls = nulls.IsEmpty ? nulls : nulls[row..end];
            var pageNonNull = (end - row) - pageNulls.Count(true);
            if (dictionary is not null)
            {
                _values.GetSpan(1)[0] = (byte)bitWidth;
                _values.Advance(1);
                RleHybridEncoder.Encode(indices.AsSpan(denseIndex, pageNonNull), bitWidth, _values);
            }
            else
            {
                THandler.WritePlain(dense.Slice(denseIndex, pageNonNull), _values);
            }

            WriteDataPage(end - row, pageNulls, dictionary is not null);
            denseIndex += pageNonNull;
            row = end;
        }

        var meta = new ColumnMetaData
        {
            Type = THandler.Physical,
            Encodings = dictionary is not null
                ? [ParquetEncoding.Plain, ParquetEncoding.Rle, ParquetEncoding.RleDictionary]
                : [ParquetEncoding.Plain, ParquetEncoding.Rle],
            PathInSchema = [spec.Name],
            Codec = sink.Codec,
            NumValues = values.Length,
            TotalUncompressedSize = _uncompressedTotal,
            TotalCompressedSize = _compressedTotal,
            DataPageOffset = dataOffset,
            DictionaryPageOffset = dictionaryOffset,
            Statistics = ComputeStatistics(dictionary ?? dense, nullCount),
        };
        return new ColumnChunk { FileOffset = start, MetaData = meta };
    }

    private static T[] Compact(ReadOnlySpan<T> values, ReadOnlySpan<bool> nulls, int nullCount)
    {
        var dense = new T[values.Length - nullCount];
        var j = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (!nulls[i])
            {
                dense[j++] = values[i];
            }
        }

        return dense;
    }

    private T[]? TryDictionary(ReadOnlySpan<T> dense, out int[] indices)
    {
        indices = [];
        if (!sink.Options.Dictionary || !THandler.DictionaryCapable || dense.IsEmpty)
        {
            return null;
        }

        var map = new Dictionary<T, int>(THandler.Equality);
        var entries = new List<T>();
        var result = new int[dense.Length];
        long bytes = 0;
        for (var i = 0; i < dense.Length; i++)
        {
            var value = dense[i];
            if (!map.TryGetValue(value, out var index))
            {
                bytes += THandler.PlainSize(value);
                if (bytes > sink.Options.DictionaryMaxBytes)
                {
                    return null;
                }

                index = entries.Count;
                map.Add(value, index);
                entries.Add(value);
            }

            result[i] = index;
        }

        indices = result;
        return [.. entries];
    }

    /// <summary>Bits one PLAIN value takes, or 0 when it depends on the value (strings).</summary>
    private static int FixedBits() => typeof(T) == typeof(string) ? 0
        : typeof(T) == typeof(bool) ? 1
        : THandler.PlainSize(default!) * 8;

    /// <summary>The end of the page starting at row: about pageBits of values, at least one row.</summary>
    private static int PageEnd(ReadOnlySpan<T> values, ReadOnlySpan<bool> nulls, int row, int rowBits, long pageBits)
    {
        long bits = 0;
        var end = row;
        while (end < values.Length && (bits < pageBits || end == row))
        {
            var isNull = !nulls.IsEmpty && nulls[end];
            bits += isNull ? 1 : rowBits > 0 ? rowBits : THandler.PlainSize(values[end]) * 8L;
            end++;
        }

        return end;
    }

    private void WriteDictionaryPage(T[] dictionary)
    {
        _values.ResetWrittenCount();
        THandler.WritePlain(dictionary, _values);
        var compressed = sink.Compress(_values.WrittenSpan);
        var header = new PageHeader
        {
            Type = PageType.DictionaryPage,
            UncompressedPageSize = _values.WrittenCount,
            CompressedPageSize = compressed.Length,
            DictionaryPageHeader = new DictionaryPageHeader { NumValues = dictionary.Length, Encoding = ParquetEncoding.Plain },
        };
        Account(header, sink.WritePage(header, [], compressed));
        _values.ResetWrittenCount();
    }

    /// <summary>Writes the page whose encoded values are in _values; levels come from the page's null mask.</summary>
    private void WriteDataPage(int rows, ReadOnlySpan<bool> nulls, bool dictionaryEncoded)
    {
        var encoding = dictionaryEncoded ? ParquetEncoding.RleDictionary : ParquetEncoding.Plain;
        var nullCount = nulls.Count(true);
        _levels.ResetWrittenCount();
        if (spec.Nullable)
        {
            var levels = new int[rows];
            for (var i = 0; i < rows; i++)
            {
                levels[i] = nulls[i] ? 0 : 1;
            }

            RleHybridEncoder.Encode(levels, 1, _levels);
        }

        PageHeader header;
        ReadOnlySpan<byte> compressed;
        ReadOnlySpan<byte> levelBytes;
        if (sink.Options.DataPageVersion == 1)
        {
            var body = new byte[(spec.Nullable ? 4 + _levels.WrittenCount : 0) + _values.WrittenCount];
            if (spec.Nullable)
            {
                BinaryPrimitives.WriteInt32LittleEndian(body, _levels.WrittenCount);
                _levels.WrittenSpan.CopyTo(body.AsSpan(4));
            }

            _values.WrittenSpan.CopyTo(body.AsSpan(body.Length - _values.WrittenCount));
            compressed = sink.Compress(body);
            levelBytes = [];
            header = new PageHeader
            {
                Type = PageType.DataPage,
                UncompressedPageSize = body.Length,
                CompressedPageSize = compressed.Length,
                DataPageHeader = new DataPageHeader
                {
                    NumValues = rows,
                    Encoding = encoding,
                    DefinitionLevelEncoding = ParquetEncoding.Rle,
                    RepetitionLevelEncoding = ParquetEncoding.Rle,
                },
            };
        }
        else
        {
            compressed = sink.Compress(_values.WrittenSpan);
            levelBytes = _levels.WrittenSpan;
            header = new PageHeader
            {
                Type = PageType.DataPageV2,
                UncompressedPageSize = levelBytes.Length + _values.WrittenCount,
                CompressedPageSize = levelBytes.Length + compressed.Length,
                DataPageHeaderV2 = new DataPageHeaderV2
                {
                    NumValues = rows,
                    NumNulls = nullCount,
                    NumRows = rows,
                    Encoding = encoding,
                    DefinitionLevelsByteLength = levelBytes.Length,
                    RepetitionLevelsByteLength = 0,
                    IsCompressed = sink.Codec != CompressionCodec.Uncompressed,
                },
            };
        }

        Account(header, sink.WritePage(header, levelBytes, compressed));
        _values.ResetWrittenCount();
    }

    private void Account(PageHeader header, int headerLength)
    {
        _uncompressedTotal += headerLength + header.UncompressedPageSize;
        _compressedTotal += headerLength + header.CompressedPageSize;
    }

    private static Statistics ComputeStatistics(ReadOnlySpan<T> values, long nullCount)
    {
        var statistics = new Statistics { NullCount = nullCount };
        var found = false;
        T min = default!, max = default!;
        foreach (var value in values)
        {
            if (!THandler.Orderable(value))
            {
                continue;
            }

            if (!found)
            {
                min = max = value;
                found = true;
                continue;
            }

            if (THandler.Compare(value, min) < 0)
            {
                min = value;
            }

            if (THandler.Compare(value, max) > 0)
            {
                max = value;
            }
        }

        if (found)
        {
            statistics.MinValue = THandler.StatisticsBytes(NormalizeZero(min, negative: true));
            statistics.MaxValue = THandler.StatisticsBytes(NormalizeZero(max, negative: false));
        }

        return statistics;
    }

    /// <summary>The format asks for -0.0 as a zero minimum and +0.0 as a zero maximum.</summary>
    private static T NormalizeZero(T value, bool negative) => value switch
    {
        float f when f == 0 => (T)(object)(negative ? -0f : 0f),
        double d when d == 0 => (T)(object)(negative ? -0d : 0d),
        _ => value,
    };
}
