using Attendance.Parquet.Thrift;

namespace Attendance.Parquet;

/// <summary>Header of the (at most one) dictionary page at the start of a column chunk.</summary>
internal sealed class DictionaryPageHeader : IThriftStruct<DictionaryPageHeader>
{
    public int NumValues { get; set; }

    public ParquetEncoding Encoding { get; set; }

    static DictionaryPageHeader IThriftStruct<DictionaryPageHeader>.Read(ref ThriftReader reader)
    {
        var saved = reader.BeginStruct();
        var h = new DictionaryPageHeader();
        var seen = 0;
        while (reader.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == CompactType.I32: h.NumValues = reader.ReadI32(); seen |= 1; break;
                case 2 when type == CompactType.I32: h.Encoding = (ParquetEncoding)reader.ReadI32(); seen |= 2; break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct(saved);
        ThriftLists.Require(seen == 3, nameof(DictionaryPageHeader), "num_values/encoding");
        return h;
    }

    internal void Write(ThriftWriter writer)
    {
        writer.BeginStruct(7);
        writer.I32(1, NumValues);
        writer.I32(2, (int)Encoding);
        writer.EndStruct();
    }
}
