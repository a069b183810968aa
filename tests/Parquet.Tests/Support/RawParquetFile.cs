using System.Buffers.Binary;
using Attendance.Parquet.Thrift;

namespace Attendance.Parquet.Tests.Support;

/// <summary>
/// Builds a one-column Parquet file from hand-made pages, for encodings and layouts our writer does
/// not produce and for deliberately broken files. Page sizes default to the body length.
/// </summary>
internal sealed class RawParquetFile
{
    private readonly List<(PageHeader Header, byte[] Body)> _pages = [];

    public RawParquetFile(SchemaElement leaf, long rows, CompressionCodec codec = CompressionCodec.Uncompressed)
    {
        Leaf = leaf;
        Rows = rows;
        Codec = codec;
    }

    public SchemaElement Leaf { get; }

    public long Rows { get; }

    public CompressionCodec Codec { get; }

    public static SchemaElement Column(PhysicalType type, bool optional, LogicalType? logical = null, ConvertedType? converted = null, int? typeLength = null) => new()
    {
        Name = "c",
        Type = type,
        RepetitionType = optional ? FieldRepetitionType.Optional : FieldRepetitionType.Required,
        LogicalType = logical,
        ConvertedType = converted,
        TypeLength = typeLength,
    };

    public RawParquetFile Dictionary(int count, byte[] body, int? uncompressedSize = null)
    {
        _pages.Add((new PageHeader
        {
            Type = PageType.DictionaryPage,
            UncompressedPageSize = uncompressedSize ?? body.Length,
            CompressedPageSize = body.Length,
            DictionaryPageHeader = new DictionaryPageHeader { NumValues = count, Encoding = ParquetEncoding.PlainDictionary },
        }, body));
        return this;
    }

    public RawParquetFile PageV1(int values, ParquetEncoding encoding, byte[] body, ParquetEncoding levelEncoding = ParquetEncoding.Rle, int? uncompressedSize = null, int? compressedSize = null)
    {
        _pages.Add((new PageHeader
        {
            Type = PageType.DataPage,
            UncompressedPageSize = uncompressedSize ?? body.Length,
            CompressedPageSize = compressedSize ?? body.Length,
            DataPageHeader = new DataPageHeader { NumValues = values, Encoding = encoding, DefinitionLevelEncoding = levelEncoding, RepetitionLevelEncoding = ParquetEncoding.Rle },
        }, body));
        return this;
    }

    /// <summary>A v2 page: levels (RLE, no length prefix) then values, uncompressed.</summary>
    public RawParquetFile PageV2(int values, int nulls, ParquetEncoding encoding, byte[] levels, byte[] data, bool isCompressed = false)
    {
        _pages.Add((new PageHeader
        {
            Type = PageType.DataPageV2,
            UncompressedPageSize = levels.Length + data.Length,
            CompressedPageSize = levels.Length + data.Length,
            DataPageHeaderV2 = new DataPageHeaderV2
            {
                NumValues = values,
                NumNulls = nulls,
                NumRows = values,
                Encoding = encoding,
                DefinitionLevelsByteLength = levels.Length,
                RepetitionLevelsByteLength = 0,
                IsCompressed = isCompressed,
            },
        }, [.. levels, .. data]));
        return this;
    }

    public byte[] ToBytes()
    {
        using var output = new MemoryStream();
        output.Write("PAR1"u8);
        var start = output.Position;
        var headers = new ThriftWriter();
        long? dictionaryOffset = null;
        long dataOffset = -1;
        foreach (var (header, body) in _pages)
        {
            if (header.Type == PageType.DictionaryPage)
            {
                dictionaryOffset = output.Position;
            }
            else if (dataOffset < 0)
            {
                dataOffset = output.Position;
            }

            headers.Reset();
            header.Write(headers);
            output.Write(headers.WrittenSpan);
            output.Write(body);
        }

        var size = output.Position - start;
        var meta = new FileMetaData
        {
            Version = 1,
            Schema = [new SchemaElement { Name = "schema", NumChildren = 1 }, Leaf],
            NumRows = Rows,
            RowGroups =
            [
                new RowGroup
                {
                    NumRows = Rows,
                    TotalByteSize = size,
                    Columns =
                    [
                        new ColumnChunk
                        {
                            FileOffset = start,
                            MetaData = new ColumnMetaData
                            {
                                Type = Leaf.Type!.Value,
                                Encodings = [ParquetEncoding.Plain],
                                PathInSchema = [Leaf.Name],
                                Codec = Codec,
                                NumValues = Rows,
                                TotalCompressedSize = size,
                                TotalUncompressedSize = size,
                                DataPageOffset = dataOffset < 0 ? start : dataOffset,
                                DictionaryPageOffset = dictionaryOffset,
                            },
                        },
                    ],
                },
            ],
        };
        var footer = new ThriftWriter();
        meta.Write(footer);
        output.Write(footer.WrittenSpan);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, footer.WrittenSpan.Length);
        output.Write(length);
        output.Write("PAR1"u8);
        return output.ToArray();
    }

    public string WriteTo(TempDirectory dir, string name = "raw.parquet")
    {
        var path = dir.File(name);
        File.WriteAllBytes(path, ToBytes());
        return path;
    }

    /// <summary>v1 definition levels: 4-byte length, then an RLE/bit-packed hybrid of width 1.</summary>
    public static byte[] V1Levels(params bool[] present)
    {
        var runs = Levels(present);
        var result = new byte[4 + runs.Length];
        BinaryPrimitives.WriteInt32LittleEndian(result, runs.Length);
        runs.CopyTo(result, 4);
        return result;
    }

    /// <summary>Definition levels of width 1 as the hybrid encoding (no length prefix).</summary>
    public static byte[] Levels(params bool[] present)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        Attendance.Parquet.Encodings.RleHybridEncoder.Encode(present.Select(p => p ? 1 : 0).ToArray(), 1, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] Plain(params int[] values) => values.SelectMany(BitConverter.GetBytes).ToArray();

    public static byte[] Plain(params long[] values) => values.SelectMany(BitConverter.GetBytes).ToArray();
}
