namespace Attendance.Parquet.Reading;

/// <summary>Picks the converter for a column and a requested CLR type, or explains why the pair does not fit.</summary>
internal static class ConverterFactory
{
    public static ValueConverter<T> Create<T>(ParquetColumn column, string filePath)
    {
        var converter = Build(column, typeof(T));
        return converter as ValueConverter<T>
            ?? throw new ArgumentException(
                $"{filePath}: column '{column.Name}' ({Describe(column)}) cannot be read as {typeof(T).Name}",
                nameof(T));
    }

    public static string Describe(ParquetColumn column) =>
        column.LogicalType is { } logical ? $"{column.PhysicalType} {logical.Kind}" : column.PhysicalType.ToString();

    private static object? Build(ParquetColumn column, Type type)
    {
        var physical = column.PhysicalType;
        var logical = column.LogicalType;
        var kind = logical?.Kind ?? LogicalTypeKind.None;
        var isDecimal = kind == LogicalTypeKind.Decimal;
        var isUnsigned = kind == LogicalTypeKind.Integer && !logical!.IsSigned;

        if (type == typeof(bool))
        {
            return physical == PhysicalType.Boolean ? new BooleanConverter() : null;
        }

        if (type == typeof(int))
        {
            var fits = physical == PhysicalType.Int32 && !isDecimal && !(isUnsigned && logical!.BitWidth >= 32);
            return fits ? new Int32Converter() : null;
        }

        if (type == typeof(long))
        {
            return BuildInt64(physical, logical, isDecimal, isUnsigned);
        }

        if (type == typeof(ulong))
        {
            return isUnsigned && physical is PhysicalType.Int32 or PhysicalType.Int64 ? new UInt64Converter() : null;
        }

        if (type == typeof(float))
        {
            return physical == PhysicalType.Float ? new SingleConverter() : null;
        }

        if (type == typeof(double))
        {
            return physical is PhysicalType.Double or PhysicalType.Float ? new DoubleConverter(physical == PhysicalType.Double) : null;
        }

        if (type == typeof(decimal))
        {
            var storage = physical is PhysicalType.Int32 or PhysicalType.Int64 or PhysicalType.ByteArray or PhysicalType.FixedLenByteArray;
            return isDecimal && storage ? new DecimalConverter(logical!.Scale) : null;
        }

        if (type == typeof(string))
        {
            return physical == PhysicalType.ByteArray && !isDecimal ? new StringConverter() : null;
        }

        if (type == typeof(byte[]))
        {
            return physical is PhysicalType.ByteArray or PhysicalType.FixedLenByteArray ? new ByteArrayConverter() : null;
        }

        return null;
    }

    private static Int64Converter? BuildInt64(PhysicalType physical, LogicalType? logical, bool isDecimal, bool isUnsigned)
    {
        if (isDecimal)
        {
            return null;
        }

        var kind = logical?.Kind ?? LogicalTypeKind.None;
        var temporal = kind is LogicalTypeKind.Timestamp or LogicalTypeKind.Time;
        var unit = temporal ? logical!.Unit : TimeUnit.Micros;
        var (multiplier, divisor) = unit switch
        {
            TimeUnit.Millis => (1000L, 1L),
            TimeUnit.Nanos => (1L, 1000L),
            _ => (1L, 1L),
        };

        return physical switch
        {
            PhysicalType.Int64 => new Int64Converter(multiplier, divisor, isUnsigned, physical),
            PhysicalType.Int32 => new Int64Converter(multiplier, divisor, isUnsigned, physical),
            PhysicalType.Int96 => new Int64Converter(1, 1, false, physical),
            _ => null,
        };
    }
}
