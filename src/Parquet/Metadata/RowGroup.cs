using Attendance.Parquet.Thrift;

namespace Attendance.Parquet;

/// <summary>A horizontal slice of the file: one chunk per leaf column.</summary>
public sealed class RowGroup : IThriftStruct<RowGroup>
{
    public IReadOnlyList<ColumnChunk> Columns { get; internal set; } = [];

    public long TotalByteSize { get; internal set; }

    public long NumRows { get; internal set; }

    public long? FileOffset { get; internal set; }

    public long? TotalCompressedSize { get; internal set; }

    public short? Ordinal { get; internal set; }

    static RowGroup IThriftStruct<RowGroup>.Read(ref ThriftReader reader)
    {
        var saved = reader.BeginStruct();
        var g = new RowGroup();
        var seen = 0;
        while (reader.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == CompactType.List: g.Columns = ThriftLists.ReadStructs<ColumnChunk>(ref reader); seen |= 1; break;
                case 2 when type == CompactType.I64: g.TotalByteSize = reader.ReadI64(); break;
                case 3 when type == CompactType.I64: g.NumRows = reader.ReadI64(); seen |= 2; break;
                case 5 when type == CompactType.I64: g.FileOffset = reader.ReadI64(); break;
                case 6 when type == CompactType.I64: g.TotalCompressedSize = reader.ReadI64(); break;
                case 7 when type == CompactType.I16: g.Ordinal = (short)reader.ReadI32(); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct(saved);
        ThriftLists.Require((seen & 1) != 0, nameof(RowGroup), "columns");
        ThriftLists.Require((seen & 2) != 0, nameof(RowGroup), "num_rows");
        return g;
    }

    internal void Write(ThriftWriter writer)
    {
        writer.BeginStructElement();
        writer.ListHeader(1, CompactType.Struct, Columns.Count);
        foreach (var column in Columns)
        {
            column.Write(writer);
        }

        writer.I64(2, TotalByteSize);
        writer.I64(3, NumRows);
        if (FileOffset is { } offset)
        {
            writer.I64(5, offset);
        }

        if (TotalCompressedSize is { } compressed)
        {
            writer.I64(6, compressed);
        }

        if (Ordinal is { } ordinal)
        {
            writer.I16(7, ordinal);
        }

        writer.EndStruct();
    }
}
