using Attendance.Parquet.Thrift;

namespace Attendance.Parquet;

/// <summary>One node of the schema tree, listed depth-first in the footer.</summary>
public sealed class SchemaElement : IThriftStruct<SchemaElement>
{
    public PhysicalType? Type { get; internal set; }

    public int? TypeLength { get; internal set; }

    public FieldRepetitionType? RepetitionType { get; internal set; }

    public string Name { get; internal set; } = string.Empty;

    public int? NumChildren { get; internal set; }

    public ConvertedType? ConvertedType { get; internal set; }

    public int? Scale { get; internal set; }

    public int? Precision { get; internal set; }

    public int? FieldId { get; internal set; }

    public LogicalType? LogicalType { get; internal set; }

    static SchemaElement IThriftStruct<SchemaElement>.Read(ref ThriftReader reader)
    {
        var saved = reader.BeginStruct();
        var e = new SchemaElement();
        var hasName = false;
        while (reader.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == CompactType.I32: e.Type = (PhysicalType)reader.ReadI32(); break;
                case 2 when type == CompactType.I32: e.TypeLength = reader.ReadI32(); break;
                case 3 when type == CompactType.I32: e.RepetitionType = (FieldRepetitionType)reader.ReadI32(); break;
                case 4 when type == CompactType.Binary: e.Name = reader.ReadString(); hasName = true; break;
                case 5 when type == CompactType.I32: e.NumChildren = reader.ReadI32(); break;
                case 6 when type == CompactType.I32: e.ConvertedType = (ConvertedType)reader.ReadI32(); break;
                case 7 when type == CompactType.I32: e.Scale = reader.ReadI32(); break;
                case 8 when type == CompactType.I32: e.Precision = reader.ReadI32(); break;
                case 9 when type == CompactType.I32: e.FieldId = reader.ReadI32(); break;
                case 10 when type == CompactType.Struct: e.LogicalType = ThriftLists.ReadStruct<LogicalType>(ref reader); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct(saved);
        ThriftLists.Require(hasName, nameof(SchemaElement), "name");
        return e;
    }

    internal void Write(ThriftWriter writer)
    {
        writer.BeginStructElement();
        if (Type is { } t)
        {
            writer.I32(1, (int)t);
        }

        if (TypeLength is { } length)
        {
            writer.I32(2, length);
        }

        if (RepetitionType is { } repetition)
        {
            writer.I32(3, (int)repetition);
        }

        writer.String(4, Name);
        if (NumChildren is { } children)
        {
            writer.I32(5, children);
        }

        if (ConvertedType is { } converted)
        {
            writer.I32(6, (int)converted);
        }

        if (Scale is { } scale)
        {
            writer.I32(7, scale);
        }

        if (Precision is { } precision)
        {
            writer.I32(8, precision);
        }

        if (FieldId is { } fieldId)
        {
            writer.I32(9, fieldId);
        }

        LogicalType?.Write(writer, 10);
        writer.EndStruct();
    }
}
