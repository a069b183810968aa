using Attendance.Parquet;

namespace Attendance.Data.Tests.Io;

/// <summary>A column for <see cref="RawParquet.Write"/>: any writer type, so tests can store columns the contract does not want.</summary>
internal sealed record RawColumn(string Name, ParquetValueType Type, Array Values, bool[]? Nulls = null)
{
    public static RawColumn Str(string name, params string?[] values) =>
        new(name, ParquetValueType.String, values, values.Any(v => v is null) ? [.. values.Select(v => v is null)] : null);

    public static RawColumn Ts(string name, params DateTimeOffset[] values) =>
        new(name, ParquetValueType.Timestamp, values.Select(v => (v.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10).ToArray());

    public static RawColumn I32(string name, params int[] values) => new(name, ParquetValueType.Int32, values);

    public static RawColumn I64(string name, params long[] values) => new(name, ParquetValueType.Int64, values);

    public static RawColumn Dbl(string name, params double[] values) => new(name, ParquetValueType.Double, values);

    public static RawColumn Bool(string name, params bool[] values) => new(name, ParquetValueType.Boolean, values);
}
