using Attendance.Parquet;

namespace Attendance.App.Cli;

/// <summary>
/// One column of <c>attendance parquet cat</c>: reads a row group's chunk as the CLR type the
/// column's type calls for, then formats its rows (null as null).
/// </summary>
internal abstract class ParquetCsvColumn
{
    public abstract string Name { get; }

    public abstract void Load(ParquetFileReader reader, int rowGroup);

    public abstract string? Format(int row);

    public static ParquetCsvColumn For(ParquetColumn column)
    {
        var logical = column.LogicalType;
        return column.PhysicalType switch
        {
            PhysicalType.Boolean => Of<bool>(column, ParquetValueText.Boolean),
            PhysicalType.Float => Of<float>(column, ParquetValueText.Float),
            PhysicalType.Double => Of<double>(column, ParquetValueText.Double),
            PhysicalType.Int96 => Of<long>(column, ParquetValueText.TimestampMicros),
            _ when logical?.Kind == LogicalTypeKind.Decimal => Of<decimal>(column, ParquetValueText.Decimal),
            PhysicalType.Int32 => logical switch
            {
                { Kind: LogicalTypeKind.Date } => Of<int>(column, ParquetValueText.Date),
                { Kind: LogicalTypeKind.Time } => Of<int>(column, millis => ParquetValueText.TimeOfDayMicros(millis * 1000L)),
                { Kind: LogicalTypeKind.Integer, IsSigned: false, BitWidth: 32 } => Of<long>(column, ParquetValueText.Integer),
                _ => Of<int>(column, v => ParquetValueText.Integer(v)),
            },
            PhysicalType.Int64 => logical switch
            {
                { Kind: LogicalTypeKind.Timestamp } => Of<long>(column, ParquetValueText.TimestampMicros),
                { Kind: LogicalTypeKind.Time } => Of<long>(column, ParquetValueText.TimeOfDayMicros),
                // The reader hands UINT(64) over as the same 64 bits in a long.
                { Kind: LogicalTypeKind.Integer, IsSigned: false } => Of<long>(column, v => unchecked((ulong)v).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                _ => Of<long>(column, ParquetValueText.Integer),
            },
            _ when logical?.Kind is LogicalTypeKind.String or LogicalTypeKind.Enum or LogicalTypeKind.Json => Of<string>(column, v => v),
            _ => Of<byte[]>(column, v => ParquetValueText.Bytes(v, logical)),
        };
    }

    private static Typed<T> Of<T>(ParquetColumn column, Func<T, string> format) => new(column.Name, format);

    private sealed class Typed<T>(string name, Func<T, string> format) : ParquetCsvColumn
    {
        private ColumnData<T>? _data;

        public override string Name => name;

        public override void Load(ParquetFileReader reader, int rowGroup) => _data = reader.ReadColumn<T>(rowGroup, name);

        public override string? Format(int row) => _data!.IsNull(row) ? null : format(_data.Values[row]);
    }
}
