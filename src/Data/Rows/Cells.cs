using Attendance.Data.Batches;
using Attendance.Data.Contract;

namespace Attendance.Data.Rows;

/// <summary>Reads and writes single cells of a batch by column name, for the row mappers.</summary>
internal static class Cells
{
    public static string? Str(TableBatch batch, string column, int row) =>
        batch.Find<string?>(column) is { } c && !c.IsNull(row) ? c.Values[row] : null;

    public static T? Val<T>(TableBatch batch, string column, int row)
        where T : struct =>
        batch.Find<T>(column) is { } c && !c.IsNull(row) ? c.Values[row] : null;

    public static TEnum? Enum<TEnum>(TableBatch batch, string column, int row)
        where TEnum : struct, System.Enum =>
        WireNames.TryParse<TEnum>(Str(batch, column, row), out var value) ? value : null;

    public static DateTimeOffset? Instant(TableBatch batch, string column, int row) =>
        Val<long>(batch, column, row) is { } micros ? UtcMicros.ToInstant(micros) : null;

    public static void SetStr(TableBatch batch, string column, int row, string? value) =>
        Set(batch.Get<string?>(column), row, value, value is null);

    public static void SetVal<T>(TableBatch batch, string column, int row, T? value)
        where T : struct =>
        Set(batch.Get<T>(column), row, value.GetValueOrDefault(), value is null);

    public static void SetEnum<TEnum>(TableBatch batch, string column, int row, TEnum? value)
        where TEnum : struct, System.Enum =>
        SetStr(batch, column, row, value is { } v ? WireNames.Of(v) : null);

    public static void SetInstant(TableBatch batch, string column, int row, DateTimeOffset? value) =>
        SetVal(batch, column, row, value is { } v ? UtcMicros.FromInstant(v) : (long?)null);

    private static void Set<T>(DataColumn<T> column, int row, T value, bool isNull)
    {
        if (isNull)
        {
            column.SetNull(row);
            return;
        }
        column.Values[row] = value;
        if (column.Nulls is { } nulls)
        {
            nulls[row] = false;
        }
    }
}
