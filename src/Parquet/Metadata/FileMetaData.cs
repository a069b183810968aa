using Attendance.Parquet.Thrift;

namespace Attendance.Parquet;

/// <summary>The decoded footer of a Parquet file.</summary>
public sealed class FileMetaData : IThriftStruct<FileMetaData>
{
    public int Version { get; internal set; }

    /// <summary>The schema tree, depth-first; element 0 is the root.</summary>
    public IReadOnlyList<SchemaElement> Schema { get; internal set; } = [];

    public long NumRows { get; internal set; }

    public IReadOnlyList<RowGroup> RowGroups { get; internal set; } = [];

    public IReadOnlyList<KeyValue> KeyValueMetadata { get; internal set; } = [];

    public string? CreatedBy { get; internal set; }

    /// <summary>Number of column orders given (all written by this library are the type-defined order).</summary>
    public int ColumnOrderCount { get; internal set; }

    static FileMetaData IThriftStruct<FileMetaData>.Read(ref ThriftReader reader)
    {
        var saved = reader.BeginStruct();
        var f = new FileMetaData();
        var seen = 0;
        while (reader.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == CompactType.I32: f.Version = reader.ReadI32(); break;
                case 2 when type == CompactType.List: f.Schema = ThriftLists.ReadStructs<SchemaElement>(ref reader); seen |= 1; break;
                case 3 when type == CompactType.I64: f.NumRows = reader.ReadI64(); seen |= 2; break;
                case 4 when type == CompactType.List: f.RowGroups = ThriftLists.ReadStructs<RowGroup>(ref reader); seen |= 4; break;
                case 5 when type == CompactType.List: f.KeyValueMetadata = ThriftLists.ReadStructs<KeyValue>(ref reader); break;
                case 6 when type == CompactType.Binary: f.CreatedBy = reader.ReadString(); break;
                case 7 when type == CompactType.List: f.ColumnOrderCount = reader.SkipList(); break;
                case 8: throw new NotSupportedException("not supported: encrypted Parquet files");
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct(saved);
        ThriftLists.Require((seen & 1) != 0, nameof(FileMetaData), "schema");
        ThriftLists.Require((seen & 2) != 0, nameof(FileMetaData), "num_rows");
        ThriftLists.Require((seen & 4) != 0, nameof(FileMetaData), "row_groups");
        return f;
    }

    internal void Write(ThriftWriter writer)
    {
        writer.I32(1, Version);
        writer.ListHeader(2, CompactType.Struct, Schema.Count);
        foreach (var element in Schema)
        {
            element.Write(writer);
        }

        writer.I64(3, NumRows);
        writer.ListHeader(4, CompactType.Struct, RowGroups.Count);
        foreach (var group in RowGroups)
        {
            group.Write(writer);
        }

        if (KeyValueMetadata.Count > 0)
        {
            writer.ListHeader(5, CompactType.Struct, KeyValueMetadata.Count);
            foreach (var kv in KeyValueMetadata)
            {
                kv.Write(writer);
            }
        }

        if (CreatedBy is not null)
        {
            writer.String(6, CreatedBy);
        }

        // One TypeDefinedOrder per leaf column, so readers trust min_value/max_value.
        writer.ListHeader(7, CompactType.Struct, ColumnOrderCount);
        for (var i = 0; i < ColumnOrderCount; i++)
        {
            writer.BeginStructElement();
            writer.EmptyStruct(1);
            writer.EndStruct();
        }

        writer.EndTopLevel();
    }
}
