using Attendance.Parquet.Thrift;

namespace Attendance.Parquet;

/// <summary>One column's chunk within a row group.</summary>
public sealed class ColumnChunk : IThriftStruct<ColumnChunk>
{
    /// <summary>Set when the chunk lives in another file (not supported for reading).</summary>
    public string? FilePath { get; internal set; }

    public long FileOffset { get; internal set; }

    public ColumnMetaData? MetaData { get; internal set; }

    static ColumnChunk IThriftStruct<ColumnChunk>.Read(ref ThriftReader reader)
    {
        var saved = reader.BeginStruct();
        var c = new ColumnChunk();
        while (reader.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == CompactType.Binary: c.FilePath = reader.ReadString(); break;
                case 2 when type == CompactType.I64: c.FileOffset = reader.ReadI64(); break;
                case 3 when type == CompactType.Struct: c.MetaData = ThriftLists.ReadStruct<ColumnMetaData>(ref reader); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct(saved);
        return c;
    }

    internal void Write(ThriftWriter writer)
    {
        writer.BeginStructElement();
        writer.I64(2, FileOffset);
        MetaData?.Write(writer, 3);
        writer.EndStruct();
    }
}
