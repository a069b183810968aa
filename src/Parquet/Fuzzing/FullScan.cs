namespace Attendance.Parquet.Fuzzing;

/// <summary>Reads every flat column of every row group with the CLR type that suits it best.</summary>
internal static class FullScan
{
    /// <summary>Returns the number of values read.</summary>
    public static long Run(ParquetFileReader reader)
    {
        long values = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            foreach (var column in reader.Schema.Columns)
            {
                if (!column.IsNested)
                {
                    values += ReadNatural(reader, g, column);
                }
            }
        }

        return values;
    }

    private static int ReadNatural(ParquetFileReader reader, int rowGroup, ParquetColumn column)
    {
        var kind = column.LogicalType?.Kind ?? LogicalTypeKind.None;
        if (kind == LogicalTypeKind.Decimal && column.PhysicalType is not (PhysicalType.Float or PhysicalType.Double or PhysicalType.Boolean or PhysicalType.Int96))
        {
            return reader.ReadColumn<decimal>(rowGroup, column.Name).Count;
        }

        var wideInt32 = kind is LogicalTypeKind.Time || (kind == LogicalTypeKind.Integer && !column.LogicalType!.IsSigned && column.LogicalType.BitWidth >= 32);
        return column.PhysicalType switch
        {
            PhysicalType.Boolean => reader.ReadColumn<bool>(rowGroup, column.Name).Count,
            PhysicalType.Int32 when wideInt32 => reader.ReadColumn<long>(rowGroup, column.Name).Count,
            PhysicalType.Int32 => reader.ReadColumn<int>(rowGroup, column.Name).Count,
            PhysicalType.Int64 when kind == LogicalTypeKind.Integer && !column.LogicalType!.IsSigned => reader.ReadColumn<ulong>(rowGroup, column.Name).Count,
            PhysicalType.Int64 or PhysicalType.Int96 => reader.ReadColumn<long>(rowGroup, column.Name).Count,
            PhysicalType.Float => reader.ReadColumn<float>(rowGroup, column.Name).Count,
            PhysicalType.Double => reader.ReadColumn<double>(rowGroup, column.Name).Count,
            PhysicalType.ByteArray when kind is LogicalTypeKind.String or LogicalTypeKind.Enum or LogicalTypeKind.Json
                => reader.ReadColumn<string>(rowGroup, column.Name).Count,
            _ => reader.ReadColumn<byte[]>(rowGroup, column.Name).Count,
        };
    }
}
