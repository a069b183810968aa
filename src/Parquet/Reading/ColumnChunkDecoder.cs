using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Attendance.Parquet.Codecs;
using Attendance.Parquet.Encodings;
using Attendance.Parquet.Thrift;

namespace Attendance.Parquet.Reading;

/// <summary>
/// Decodes one flat column chunk (all its pages) into a <see cref="ColumnData{T}"/>.
/// Pages are scanned first so that every size and count is checked before any value is decoded;
/// values are decoded densely and then spread over the null positions in place.
/// </summary>
internal sealed partial class ColumnChunkDecoder<T>
{
    private readonly ParquetColumn _column;
    private readonly ValueConverter<T> _converter;
    private readonly DecodeScratch _scratch;
    private readonly CompressionCodec _codec;
    private readonly int _levelBitWidth;
    private T[]? _dictionary;

    public ColumnChunkDecoder(ParquetColumn column, ValueConverter<T> converter, DecodeScratch scratch, CompressionCodec codec)
    {
        _column = column;
        _converter = converter;
        _scratch = scratch;
        _codec = codec;
        _levelBitWidth = RleHybridEncoder.BitWidth(column.MaxDefinitionLevel);
    }

    /// <summary>Index of the page being decoded, for error messages; null when a problem concerns the whole chunk.</summary>
    public int? CurrentPage { get; private set; }

    public void Decode(ReadOnlySpan<byte> chunk, int rows, ColumnData<T> into)
    {
        ScanPages(chunk, rows);
        into.Reset(rows, _column.MaxDefinitionLevel > 0);
        var row = 0;
        var pages = _scratch.Pages;
        for (var i = 0; i < pages.Count; i++)
        {
            CurrentPage = i;
            var header = pages[i].Header;
            var body = chunk.Slice(pages[i].BodyOffset, header.CompressedPageSize);
            switch (header.Type)
            {
                case PageType.DictionaryPage:
                    ReadDictionary(header, body, i);
                    break;
                case PageType.DataPage:
                    row += DecodeDataPageV1(header, body, row, into);
                    break;
                case PageType.DataPageV2:
                    row += DecodeDataPageV2(header, body, row, into);
                    break;
                default:
                    break; // Index pages and future page types carry no values for us.
            }
        }
    }

    private void ScanPages(ReadOnlySpan<byte> chunk, int rows)
    {
        var pages = _scratch.Pages;
        pages.Clear();
        var position = 0;
        long values = 0;
        while (position < chunk.Length)
        {
            CurrentPage = pages.Count;
            var reader = new ThriftReader(chunk[position..]);
            var header = ThriftLists.ReadStruct<PageHeader>(ref reader);
            var bodyOffset = position + reader.Position;
            if (header.CompressedPageSize < 0 || header.CompressedPageSize > chunk.Length - bodyOffset)
            {
                throw new ParquetFormatException($"page size {header.CompressedPageSize} exceeds the {chunk.Length - bodyOffset} bytes left in the column chunk");
            }

            if (header.UncompressedPageSize < 0)
            {
                throw new ParquetFormatException($"negative uncompressed page size {header.UncompressedPageSize}");
            }

            var count = header.Type switch
            {
                PageType.DataPage => (header.DataPageHeader ?? throw Missing("data_page_header")).NumValues,
                PageType.DataPageV2 => (header.DataPageHeaderV2 ?? throw Missing("data_page_header_v2")).NumValues,
                PageType.DictionaryPage => header.DictionaryPageHeader is null ? throw Missing("dictionary_page_header") : 0,
                _ => 0,
            };
            if (count < 0)
            {
                throw new ParquetFormatException($"page claims {count} values");
            }

            values += count;
            if (values > rows)
            {
                throw new ParquetFormatException($"pages hold more values than the row group's {rows} rows");
            }

            pages.Add(new PageInfo(header, bodyOffset));
            position = bodyOffset + header.CompressedPageSize;
        }

        if (values != rows)
        {
            CurrentPage = null;
            throw new ParquetFormatException($"column chunk holds {values} values but the row group has {rows} rows");
        }
    }

    private static ParquetFormatException Missing(string field) => new($"page header lacks {field}");

    private void ReadDictionary(PageHeader header, ReadOnlySpan<byte> body, int pageIndex)
    {
        if (pageIndex != 0 || _dictionary is not null)
        {
            throw new ParquetFormatException("a dictionary page may only be the first page of a column chunk");
        }

        var dictionaryHeader = header.DictionaryPageHeader!;
        if (dictionaryHeader.Encoding is not (ParquetEncoding.Plain or ParquetEncoding.PlainDictionary))
        {
            throw new NotSupportedException($"not supported: dictionary page encoding {dictionaryHeader.Encoding} in column '{_column.Name}'");
        }

        var data = PageCodec.Decompress(_codec, body, header.UncompressedPageSize, ref _scratch.Page);
        var count = dictionaryHeader.NumValues;
        if (count < 0 || count > MaxPlainValues(data.Length))
        {
            throw new ParquetFormatException($"dictionary claims {count} values in {data.Length} bytes");
        }

        var dictionary = new T[count];
        DecodePlain(data, dictionary);
        _dictionary = dictionary;
    }

    /// <summary>The most PLAIN values of this column that length bytes can hold.</summary>
    private long MaxPlainValues(int length) => _column.PhysicalType switch
    {
        PhysicalType.Boolean => length * 8L,
        PhysicalType.Int32 or PhysicalType.Float => length / 4,
        PhysicalType.Int64 or PhysicalType.Double => length / 8,
        PhysicalType.Int96 => length / 12,
        PhysicalType.ByteArray => length / 4,
        _ => _column.TypeLength > 0 ? length / _column.TypeLength : 0,
    };

    private int DecodeDataPageV1(PageHeader header, ReadOnlySpan<byte> body, int rowStart, ColumnData<T> into)
    {
        var pageHeader = header.DataPageHeader!;
        var count = pageHeader.NumValues;
        var data = PageCodec.Decompress(_codec, body, header.UncompressedPageSize, ref _scratch.Page);
        var nonNull = count;
        if (_column.MaxDefinitionLevel > 0)
        {
            var nulls = into.NullBuffer.Slice(rowStart, count);
            int consumed, nullCount;
            switch (pageHeader.DefinitionLevelEncoding)
            {
                case ParquetEncoding.Rle:
                    var runs = RleHybridDecoder.LengthPrefixed(data, out consumed);
                    nullCount = new RleHybridDecoder(runs, _levelBitWidth).DecodeNulls(nulls, _column.MaxDefinitionLevel);
                    break;
                case ParquetEncoding.BitPacked:
                    var levels = DecodeScratch.Get(ref _scratch.Ints, count);
                    consumed = LegacyBitPackedDecoder.Decode(data, _levelBitWidth, levels);
                    nullCount = LevelsToNulls(levels, nulls);
                    break;
                default:
                    throw new ParquetFormatException($"definition levels in encoding {pageHeader.DefinitionLevelEncoding}");
            }

            data = data[consumed..];
            nonNull = count - nullCount;
            if (nullCount > 0)
            {
                into.MarkHasNulls();
            }
        }

        DecodeValues(pageHeader.Encoding, data, into.Values.AsSpan(rowStart, count), nonNull, into, rowStart);
        return count;
    }

    private int DecodeDataPageV2(PageHeader header, ReadOnlySpan<byte> body, int rowStart, ColumnData<T> into)
    {
        var pageHeader = header.DataPageHeaderV2!;
        var count = pageHeader.NumValues;
        var definitionLength = pageHeader.DefinitionLevelsByteLength;
        var repetitionLength = pageHeader.RepetitionLevelsByteLength;
        if (definitionLength < 0 || repetitionLength < 0 || (long)definitionLength + repetitionLength > body.Length)
        {
            throw new ParquetFormatException($"level lengths {repetitionLength}+{definitionLength} exceed the page's {body.Length} bytes");
        }

        var levelBytes = definitionLength + repetitionLength;
        var valuesSize = header.UncompressedPageSize - levelBytes;
        var compressed = body[levelBytes..];
        var data = pageHeader.IsCompressed
            ? PageCodec.Decompress(_codec, compressed, valuesSize, ref _scratch.Page)
            : PageCodec.Decompress(CompressionCodec.Uncompressed, compressed, valuesSize, ref _scratch.Page);

        var nonNull = count;
        if (_column.MaxDefinitionLevel > 0)
        {
            var nullCount = new RleHybridDecoder(body.Slice(repetitionLength, definitionLength), _levelBitWidth)
                .DecodeNulls(into.NullBuffer.Slice(rowStart, count), _column.MaxDefinitionLevel);
            nonNull = count - nullCount;
            if (nullCount > 0)
            {
                into.MarkHasNulls();
            }
        }

        if (count - nonNull != pageHeader.NumNulls)
        {
            throw new ParquetFormatException($"page header says {pageHeader.NumNulls} nulls but the definition levels give {count - nonNull}");
        }

        DecodeValues(pageHeader.Encoding, data, into.Values.AsSpan(rowStart, count), nonNull, into, rowStart);
        return count;
    }

    /// <summary>Turns legacy BIT_PACKED definition levels into the null mask; returns the number of nulls.</summary>
    private int LevelsToNulls(ReadOnlySpan<int> levels, Span<bool> nulls)
    {
        var max = _column.MaxDefinitionLevel;
        var nullCount = 0;
        for (var i = 0; i < levels.Length; i++)
        {
            var level = levels[i];
            if ((uint)level > (uint)max)
            {
                throw new ParquetFormatException($"definition level {level} exceeds the maximum {max}");
            }

            nulls[i] = level < max;
            nullCount += level < max ? 1 : 0;
        }

        return nullCount;
    }

    /// <summary>Decodes nonNull values into the front of page, then moves them to their rows and clears the null rows.</summary>
    private void DecodeValues(ParquetEncoding encoding, ReadOnlySpan<byte> data, Span<T> page, int nonNull, ColumnData<T> into, int rowStart)
    {
        if (nonNull > 0)
        {
            var dense = page[..nonNull];
            switch (encoding)
            {
                case ParquetEncoding.Plain:
                    DecodePlain(data, dense);
                    break;
                case ParquetEncoding.PlainDictionary or ParquetEncoding.RleDictionary:
                    DecodeDictionaryIndices(data, dense);
                    break;
                default:
                    DecodeOther(encoding, data, dense);
                    break;
            }
        }

        if (nonNull < page.Length)
        {
            Spread(page, into.NullBuffer.Slice(rowStart, page.Length), nonNull);
        }
    }

    private static void Spread(Span<T> page, ReadOnlySpan<bool> nulls, int nonNull)
    {
        var source = nonNull - 1;
        for (var i = page.Length - 1; i > source; i--)
        {
            page[i] = nulls[i] ? default! : page[source--];
        }
    }

    private void DecodeDictionaryIndices(ReadOnlySpan<byte> data, Span<T> dense)
    {
        var dictionary = _dictionary ?? throw new ParquetFormatException("dictionary-encoded page but the chunk has no dictionary page");
        if (data.Length < 1)
        {
            throw new ParquetFormatException("dictionary-encoded page lacks its bit width byte");
        }

        var indices = DecodeScratch.Get(ref _scratch.Ints, dense.Length);
        new RleHybridDecoder(data[1..], data[0]).Decode(indices);
        var size = (uint)dictionary.Length;
        for (var i = 0; i < dense.Length; i++)
        {
            var index = indices[i];
            if ((uint)index >= size)
            {
                throw new ParquetFormatException($"dictionary index {index} is out of range (the dictionary has {size} entries)");
            }

            dense[i] = dictionary[index];
        }
    }

    private static Span<TTo> Reinterpret<TFrom, TTo>(Span<TFrom> span) =>
        MemoryMarshal.CreateSpan(ref Unsafe.As<TFrom, TTo>(ref MemoryMarshal.GetReference(span)), span.Length);
}
