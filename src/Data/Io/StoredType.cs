using Attendance.Data.Contract;
using Attendance.Parquet;

namespace Attendance.Data.Io;

/// <summary>What a Parquet column holds, in the contract's terms, and how to read it as a contract type.</summary>
internal static class StoredType
{
    public static bool IsString(ParquetColumn c) =>
        c.PhysicalType == PhysicalType.ByteArray && Kind(c) is LogicalTypeKind.None or LogicalTypeKind.String or LogicalTypeKind.Enum or LogicalTypeKind.Json;

    public static bool IsTimestamp(ParquetColumn c) =>
        (c.PhysicalType == PhysicalType.Int64 && Kind(c) == LogicalTypeKind.Timestamp) || c.PhysicalType == PhysicalType.Int96;

    public static bool IsDate(ParquetColumn c) => c.PhysicalType == PhysicalType.Int32 && Kind(c) == LogicalTypeKind.Date;

    public static bool IsInteger(ParquetColumn c) =>
        c.PhysicalType is PhysicalType.Int32 or PhysicalType.Int64 && Kind(c) is LogicalTypeKind.None or LogicalTypeKind.Integer;

    public static bool IsFloating(ParquetColumn c) => c.PhysicalType is PhysicalType.Float or PhysicalType.Double;

    /// <summary>"ByteArray String", "Int64 Timestamp(Millis)", "Int32" ...: for messages.</summary>
    public static string Describe(ParquetColumn c) => c.LogicalType switch
    {
        null => c.PhysicalType.ToString(),
        { Kind: LogicalTypeKind.Timestamp or LogicalTypeKind.Time } t => $"{c.PhysicalType} {t.Kind}({t.Unit})",
        var t => $"{c.PhysicalType} {t.Kind}",
    };

    /// <summary>The type an <c>x_*</c> column is kept as, or null when it is none of bool/int/double/string/timestamp/date.</summary>
    public static FieldType? ExtraType(ParquetColumn c) =>
        c.PhysicalType == PhysicalType.Boolean ? FieldType.Bool
        : IsTimestamp(c) ? FieldType.Timestamp
        : IsDate(c) ? FieldType.Date
        : IsInteger(c) ? FieldType.Int64
        : IsFloating(c) ? FieldType.Double
        : IsString(c) ? FieldType.String
        : null;

    /// <summary>A source reading <paramref name="c"/> as <paramref name="type"/>, or null when the stored type does not fit.</summary>
    public static ColumnSource? SourceFor(ParquetColumn c, FieldType type)
    {
        var name = c.Name;
        var wideUnsigned = c.LogicalType is { Kind: LogicalTypeKind.Integer, IsSigned: false, BitWidth: >= 32 };
        return type switch
        {
            FieldType.String when IsString(c) => new DirectSource<string?>(name, type),
            FieldType.Bool when c.PhysicalType == PhysicalType.Boolean => new DirectSource<bool>(name, type),
            FieldType.Timestamp when IsTimestamp(c) => new DirectSource<long>(name, type),
            FieldType.Int64 when IsInteger(c) => new DirectSource<long>(name, type),
            FieldType.Int32 when IsInteger(c) && c.PhysicalType == PhysicalType.Int32 && !wideUnsigned => new DirectSource<int>(name, type),
            FieldType.Int32 when IsInteger(c) => new ConvertedSource<long, int>(name, type, Conversions.LongToInt32),
            FieldType.Double when IsFloating(c) => new DirectSource<double>(name, type),
            FieldType.Double when IsInteger(c) => new ConvertedSource<long, double>(name, type, Conversions.LongToDouble),
            FieldType.Date when IsDate(c) => new DirectSource<int>(name, type),
            FieldType.Date when IsTimestamp(c) => new ConvertedSource<long, int>(name, type, Conversions.MicrosToDays),
            _ => null,
        };
    }

    private static LogicalTypeKind Kind(ParquetColumn c) => c.LogicalType?.Kind ?? LogicalTypeKind.None;
}
