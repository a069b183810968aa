using Attendance.Parquet.Thrift;

namespace Attendance.Parquet;

/// <summary>
/// A column's logical type: the kind plus the parameters that kind uses (unit and UTC flag for
/// TIME/TIMESTAMP, precision and scale for DECIMAL, bit width and signedness for INTEGER).
/// </summary>
public sealed record LogicalType(
    LogicalTypeKind Kind,
    TimeUnit Unit = TimeUnit.None,
    bool IsAdjustedToUtc = false,
    int Precision = 0,
    int Scale = 0,
    int BitWidth = 0,
    bool IsSigned = true) : IThriftStruct<LogicalType>
{
    public static LogicalType Timestamp(TimeUnit unit, bool isAdjustedToUtc) => new(LogicalTypeKind.Timestamp, unit, isAdjustedToUtc);

    public static LogicalType Integer(int bitWidth, bool isSigned) => new(LogicalTypeKind.Integer, BitWidth: bitWidth, IsSigned: isSigned);

    /// <summary>Maps a legacy converted type to its logical equivalent (null for MAP/LIST/INTERVAL and friends).</summary>
    public static LogicalType? FromConverted(ConvertedType converted, int precision, int scale) => converted switch
    {
        ConvertedType.Utf8 => new(LogicalTypeKind.String),
        ConvertedType.Enum => new(LogicalTypeKind.Enum),
        ConvertedType.Json => new(LogicalTypeKind.Json),
        ConvertedType.Bson => new(LogicalTypeKind.Bson),
        ConvertedType.Decimal => new(LogicalTypeKind.Decimal, Precision: precision, Scale: scale),
        ConvertedType.Date => new(LogicalTypeKind.Date),
        ConvertedType.TimeMillis => new(LogicalTypeKind.Time, TimeUnit.Millis, true),
        ConvertedType.TimeMicros => new(LogicalTypeKind.Time, TimeUnit.Micros, true),
        ConvertedType.TimestampMillis => Timestamp(TimeUnit.Millis, true),
        ConvertedType.TimestampMicros => Timestamp(TimeUnit.Micros, true),
        ConvertedType.Uint8 => Integer(8, false),
        ConvertedType.Uint16 => Integer(16, false),
        ConvertedType.Uint32 => Integer(32, false),
        ConvertedType.Uint64 => Integer(64, false),
        ConvertedType.Int8 => Integer(8, true),
        ConvertedType.Int16 => Integer(16, true),
        ConvertedType.Int32 => Integer(32, true),
        ConvertedType.Int64 => Integer(64, true),
        _ => null,
    };

    static LogicalType IThriftStruct<LogicalType>.Read(ref ThriftReader reader)
    {
        var saved = reader.BeginStruct();
        var result = new LogicalType(LogicalTypeKind.Other);
        while (reader.NextField(out var id, out var type))
        {
            if (type != CompactType.Struct)
            {
                reader.Skip(type);
                continue;
            }

            result = id switch
            {
                5 => ReadDecimal(ref reader),
                7 => ReadTime(ref reader, LogicalTypeKind.Time),
                8 => ReadTime(ref reader, LogicalTypeKind.Timestamp),
                10 => ReadInteger(ref reader),
                1 or 2 or 3 or 4 or 6 or (>= 11 and <= 18) => SkipAndMake(ref reader, (LogicalTypeKind)id),
                _ => SkipAndMake(ref reader, LogicalTypeKind.Other),
            };
        }

        reader.EndStruct(saved);
        return result;
    }

    internal void Write(ThriftWriter writer, short fieldId)
    {
        writer.BeginStruct(fieldId);
        switch (Kind)
        {
            case LogicalTypeKind.Decimal:
                writer.BeginStruct(5);
                writer.I32(1, Scale);
                writer.I32(2, Precision);
                writer.EndStruct();
                break;
            case LogicalTypeKind.Time or LogicalTypeKind.Timestamp:
                writer.BeginStruct((short)Kind);
                writer.Bool(1, IsAdjustedToUtc);
                writer.BeginStruct(2);
                writer.EmptyStruct((short)Unit);
                writer.EndStruct();
                writer.EndStruct();
                break;
            case LogicalTypeKind.Integer:
                writer.BeginStruct(10);
                writer.I8(1, (sbyte)BitWidth);
                writer.Bool(2, IsSigned);
                writer.EndStruct();
                break;
            default:
                writer.EmptyStruct((short)Kind);
                break;
        }

        writer.EndStruct();
    }

    private static LogicalType SkipAndMake(ref ThriftReader reader, LogicalTypeKind kind)
    {
        reader.SkipStruct();
        return new LogicalType(kind);
    }

    private static LogicalType ReadDecimal(ref ThriftReader reader)
    {
        var saved = reader.BeginStruct();
        int scale = 0, precision = 0;
        while (reader.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == CompactType.I32: scale = reader.ReadI32(); break;
                case 2 when type == CompactType.I32: precision = reader.ReadI32(); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct(saved);
        return new LogicalType(LogicalTypeKind.Decimal, Precision: precision, Scale: scale);
    }

    private static LogicalType ReadTime(ref ThriftReader reader, LogicalTypeKind kind)
    {
        var saved = reader.BeginStruct();
        var utc = false;
        var unit = TimeUnit.None;
        while (reader.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1: utc = reader.ReadBoolField(type); break;
                case 2 when type == CompactType.Struct: unit = ReadUnit(ref reader); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct(saved);
        return new LogicalType(kind, unit, utc);
    }

    private static TimeUnit ReadUnit(ref ThriftReader reader)
    {
        var saved = reader.BeginStruct();
        var unit = TimeUnit.None;
        while (reader.NextField(out var id, out var type))
        {
            if (id is >= 1 and <= 3 && type == CompactType.Struct)
            {
                unit = (TimeUnit)id;
            }

            reader.Skip(type);
        }

        reader.EndStruct(saved);
        return unit;
    }

    private static LogicalType ReadInteger(ref ThriftReader reader)
    {
        var saved = reader.BeginStruct();
        var bitWidth = 0;
        var signed = true;
        while (reader.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == CompactType.Byte: bitWidth = reader.ReadI8(); break;
                case 2: signed = reader.ReadBoolField(type); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct(saved);
        return Integer(bitWidth, signed);
    }
}
