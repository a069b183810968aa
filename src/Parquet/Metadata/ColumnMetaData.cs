using Attendance.Parquet.Thrift;

namespace Attendance.Parquet;

/// <summary>Where a column chunk's pages are and how they are encoded and compressed.</summary>
public sealed class ColumnMetaData : IThriftStruct<ColumnMetaData>
{
    public PhysicalType Type { get; internal set; }

    public IReadOnlyList<ParquetEncoding> Encodings { get; internal set; } = [];

    public IReadOnlyList<string> PathInSchema { get; internal set; } = [];

    public CompressionCodec Codec { get; internal set; }

    public long NumValues { get; internal set; }

    public long TotalUncompressedSize { get; internal set; }

    public long TotalCompressedSize { get; internal set; }

    public IReadOnlyList<KeyValue>? KeyValueMetadata { get; internal set; }

    public long DataPageOffset { get; internal set; }

    public long? IndexPageOffset { get; internal set; }

    public long? DictionaryPageOffset { get; internal set; }

    public Statistics? Statistics { get; internal set; }

    static ColumnMetaData IThriftStruct<ColumnMetaData>.Read(ref ThriftReader reader)
    {
        var saved = reader.BeginStruct();
        var m = new ColumnMetaData();
        var seen = 0;
        while (reader.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == CompactType.I32: m.Type = (PhysicalType)reader.ReadI32(); seen |= 1; break;
                case 2 when type == CompactType.List: m.Encodings = Array.ConvertAll(ThriftLists.ReadI32s(ref reader), e => (ParquetEncoding)e); break;
                case 3 when type == CompactType.List: m.PathInSchema = ThriftLists.ReadStrings(ref reader); break;
                case 4 when type == CompactType.I32: m.Codec = (CompressionCodec)reader.ReadI32(); seen |= 2; break;
                case 5 when type == CompactType.I64: m.NumValues = reader.ReadI64(); seen |= 4; break;
                case 6 when type == CompactType.I64: m.TotalUncompressedSize = reader.ReadI64(); break;
                case 7 when type == CompactType.I64: m.TotalCompressedSize = reader.ReadI64(); seen |= 8; break;
                case 8 when type == CompactType.List: m.KeyValueMetadata = ThriftLists.ReadStructs<KeyValue>(ref reader); break;
                case 9 when type == CompactType.I64: m.DataPageOffset = reader.ReadI64(); seen |= 16; break;
                case 10 when type == CompactType.I64: m.IndexPageOffset = reader.ReadI64(); break;
                case 11 when type == CompactType.I64: m.DictionaryPageOffset = reader.ReadI64(); break;
                case 12 when type == CompactType.Struct: m.Statistics = ThriftLists.ReadStruct<Statistics>(ref reader); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct(saved);
        ThriftLists.Require((seen & 1) != 0, nameof(ColumnMetaData), "type");
        ThriftLists.Require((seen & 2) != 0, nameof(ColumnMetaData), "codec");
        ThriftLists.Require((seen & 4) != 0, nameof(ColumnMetaData), "num_values");
        ThriftLists.Require((seen & 8) != 0, nameof(ColumnMetaData), "total_compressed_size");
        ThriftLists.Require((seen & 16) != 0, nameof(ColumnMetaData), "data_page_offset");
        return m;
    }

    internal void Write(ThriftWriter writer, short fieldId)
    {
        writer.BeginStruct(fieldId);
        writer.I32(1, (int)Type);
        writer.ListHeader(2, CompactType.I32, Encodings.Count);
        foreach (var encoding in Encodings)
        {
            writer.I32Element((int)encoding);
        }

        writer.ListHeader(3, CompactType.Binary, PathInSchema.Count);
        foreach (var part in PathInSchema)
        {
            writer.StringElement(part);
        }

        writer.I32(4, (int)Codec);
        writer.I64(5, NumValues);
        writer.I64(6, TotalUncompressedSize);
        writer.I64(7, TotalCompressedSize);
        writer.I64(9, DataPageOffset);
        if (DictionaryPageOffset is { } dictionaryOffset)
        {
            writer.I64(11, dictionaryOffset);
        }

        Statistics?.Write(writer, 12);
        writer.EndStruct();
    }
}
