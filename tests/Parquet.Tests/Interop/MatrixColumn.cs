using System.Globalization;

namespace Attendance.Parquet.Tests.Interop;

/// <summary>One column of <see cref="WriterMatrix"/>: its spec, its rows, and their canonical text.</summary>
internal abstract class MatrixColumn(ParquetColumnSpec spec)
{
    public ParquetColumnSpec Spec { get; } = spec;

    /// <summary>The DuckDB type the column must appear as.</summary>
    public string DuckDbType => Spec.Type switch
    {
        ParquetValueType.Boolean => "BOOLEAN",
        ParquetValueType.Int32 => "INTEGER",
        ParquetValueType.Int64 => "BIGINT",
        ParquetValueType.Float => "FLOAT",
        ParquetValueType.Double => "DOUBLE",
        ParquetValueType.String => "VARCHAR",
        ParquetValueType.Date => "DATE",
        ParquetValueType.Timestamp => "TIMESTAMP WITH TIME ZONE", // UTC-adjusted micros
        _ => throw new ArgumentOutOfRangeException(nameof(Spec), Spec.Type, "unknown value type"),
    };

    /// <summary>The value kind our reader reads the column back as (see <see cref="CanonicalValues.Read"/>).</summary>
    public string Kind => Spec.Type switch
    {
        ParquetValueType.Boolean => "bool",
        ParquetValueType.Int32 or ParquetValueType.Date => "int",
        ParquetValueType.Int64 or ParquetValueType.Timestamp => "long",
        ParquetValueType.Float => "float",
        ParquetValueType.Double => "double",
        _ => "string",
    };

    public abstract IReadOnlyList<string?> Canonical { get; }

    /// <summary>Copies rows [start, start + count) into column <paramref name="index"/> of the batch.</summary>
    public abstract void Fill(ParquetBatch batch, int index, int start, int count);
}

internal sealed class MatrixColumn<T>(ParquetColumnSpec spec, T?[] values, bool[] nulls) : MatrixColumn(spec)
{
    public override IReadOnlyList<string?> Canonical { get; } = values.Select((v, row) => nulls[row] ? null : Format(v)).ToList();

    public override void Fill(ParquetBatch batch, int index, int start, int count)
    {
        values.AsSpan(start, count).CopyTo(batch.Values<T?>(index));
        if (Spec.Nullable)
        {
            nulls.AsSpan(start, count).CopyTo(batch.Nulls(index));
        }
    }

    private static string? Format(T? value) => value switch
    {
        null => null,
        bool b => b ? "true" : "false",
        int i => CanonicalValues.Integer(i),
        long l => CanonicalValues.Integer(l),
        float f => CanonicalValues.Float(f),
        double d => CanonicalValues.Float(d),
        string s => s,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
