using Attendance.Parquet.Thrift;

namespace Attendance.Parquet;

/// <summary>Header of a version 1 data page.</summary>
internal sealed class DataPageHeader : IThriftStruct<DataPageHeader>
{
    public int NumValues { get; set; }

    public ParquetEncoding Encoding { get; set; }

    public ParquetEncoding DefinitionLevelEncoding { get; set; }

    public ParquetEncoding RepetitionLevelEncoding { get; set; }

    static DataPageHeader IThriftStruct<DataPageHeader>.Read(ref ThriftReader reader)
    {
        var saved = reader.BeginStruct();
        var h = new DataPageHeader();
        var seen = 0;
        while (reader.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == CompactType.I32: h.NumValues = reader.ReadI32(); seen |= 1; break;
                case 2 when type == CompactType.I32: h.Encoding = (ParquetEncoding)reader.ReadI32(); seen |= 2; break;
                case 3 when type == CompactType.I32: h.DefinitionLevelEncoding = (ParquetEncoding)reader.ReadI32(); break;
                case 4 when type == CompactType.I32: h.RepetitionLevelEncoding = (ParquetEncoding)reader.ReadI32(); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct(saved);
        ThriftLists.Require((seen & 1) != 0, nameof(DataPageHeader), "num_values");
        ThriftLists.Require((seen & 2) != 0, nameof(DataPageHeader), "encoding");
        return h;
    }

    internal void Write(ThriftWriter writer)
    {
        writer.BeginStruct(5);
        writer.I32(1, NumValues);
        writer.I32(2, (int)Encoding);
        writer.I32(3, (int)DefinitionLevelEncoding);
        writer.I32(4, (int)RepetitionLevelEncoding);
        writer.EndStruct();
    }
}
