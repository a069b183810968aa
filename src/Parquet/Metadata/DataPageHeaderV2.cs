using Attendance.Parquet.Thrift;

namespace Attendance.Parquet;

/// <summary>Header of a version 2 data page: levels are stored uncompressed before the values.</summary>
internal sealed class DataPageHeaderV2 : IThriftStruct<DataPageHeaderV2>
{
    public int NumValues { get; set; }

    public int NumNulls { get; set; }

    public int NumRows { get; set; }

    public ParquetEncoding Encoding { get; set; }

    public int DefinitionLevelsByteLength { get; set; }

    public int RepetitionLevelsByteLength { get; set; }

    public bool IsCompressed { get; set; } = true;

    static DataPageHeaderV2 IThriftStruct<DataPageHeaderV2>.Read(ref ThriftReader reader)
    {
        var saved = reader.BeginStruct();
        var h = new DataPageHeaderV2();
        var seen = 0;
        while (reader.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == CompactType.I32: h.NumValues = reader.ReadI32(); seen |= 1; break;
                case 2 when type == CompactType.I32: h.NumNulls = reader.ReadI32(); seen |= 2; break;
                case 3 when type == CompactType.I32: h.NumRows = reader.ReadI32(); seen |= 4; break;
                case 4 when type == CompactType.I32: h.Encoding = (ParquetEncoding)reader.ReadI32(); seen |= 8; break;
                case 5 when type == CompactType.I32: h.DefinitionLevelsByteLength = reader.ReadI32(); seen |= 16; break;
                case 6 when type == CompactType.I32: h.RepetitionLevelsByteLength = reader.ReadI32(); seen |= 32; break;
                case 7: h.IsCompressed = reader.ReadBoolField(type); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct(saved);
        ThriftLists.Require(seen == 63, nameof(DataPageHeaderV2), "num_values/num_nulls/num_rows/encoding/level lengths");
        return h;
    }

    internal void Write(ThriftWriter writer)
    {
        writer.BeginStruct(8);
        writer.I32(1, NumValues);
        writer.I32(2, NumNulls);
        writer.I32(3, NumRows);
        writer.I32(4, (int)Encoding);
        writer.I32(5, DefinitionLevelsByteLength);
        writer.I32(6, RepetitionLevelsByteLength);
        writer.Bool(7, IsCompressed);
        writer.EndStruct();
    }
}
