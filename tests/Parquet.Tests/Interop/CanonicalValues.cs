using System.Globalization;
using System.Text.Json;

namespace Attendance.Parquet.Tests.Interop;

/// <summary>
/// The canonical text of a value, shared with tests/peers/canon.mjs, so that values from our reader,
/// DuckDB and hyparquet compare as plain strings: integers and days in decimal, timestamps and times
/// as microseconds, floats in shortest round-trip form (a FLOAT widened to double first), decimals
/// without trailing zeros, bytes as upper-case hex, null as null.
/// </summary>
internal static class CanonicalValues
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Float(double value) => value.ToString("R", Invariant);

    public static string Decimal(decimal value) => value.ToString("0.############################", Invariant);

    public static string Integer(long value) => value.ToString(Invariant);

    public static string? FromJson(JsonElement element, string kind) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Number => Float(double.Parse(element.GetRawText(), Invariant)),
        JsonValueKind.String when kind is "float" or "double" => Float(double.Parse(element.GetString()!, Invariant)),
        JsonValueKind.String when kind == "decimal" => Decimal(decimal.Parse(element.GetString()!, NumberStyles.Float, Invariant)),
        JsonValueKind.String => element.GetString(),
        _ => throw new InvalidOperationException($"unexpected JSON value {element.GetRawText()} for kind {kind}"),
    };

    public static List<string?> FromJson(ColumnValues column) => column.Values.Select(v => FromJson(v, column.Kind)).ToList();

    /// <summary>Every row group of <paramref name="column"/> read with our reader as the CLR type of <paramref name="kind"/>.</summary>
    public static ReadColumn Read(ParquetFileReader reader, string column, string kind) => kind switch
    {
        "bool" => Read<bool>(reader, column, v => v ? "true" : "false"),
        "int" or "date" => Read<int>(reader, column, v => Integer(v)),
        "long" or "time" or "timestamp" => Read<long>(reader, column, Integer),
        "float" => Read<float>(reader, column, v => Float(v)),
        "double" => Read<double>(reader, column, Float),
        "decimal" => Read<decimal>(reader, column, Decimal),
        "string" => Read<string>(reader, column, v => v),
        "bytes" => Read<byte[]>(reader, column, Convert.ToHexString),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown value kind"),
    };

    private static ReadColumn Read<T>(ParquetFileReader reader, string column, Func<T, string> format)
    {
        var values = new List<string?>();
        var anyNullMask = false;
        // One buffer refilled row group after row group: the reuse path callers on hot paths take,
        // where a stale null mask or a short refill would show.
        var data = new ColumnData<T>();
        for (var rowGroup = 0; rowGroup < reader.RowGroupCount; rowGroup++)
        {
            reader.ReadColumn(rowGroup, column, data);
            anyNullMask |= data.Nulls is not null;
            for (var row = 0; row < data.Count; row++)
            {
                values.Add(data.IsNull(row) ? null : format(data.Values[row]));
            }
        }
        return new ReadColumn(values, anyNullMask);
    }

    /// <summary>
    /// Describes where <paramref name="actual"/> differs from <paramref name="expected"/> (count and
    /// the first few rows), or returns nothing when they are equal.
    /// </summary>
    public static IEnumerable<string> Differences(string where, IReadOnlyList<string?> expected, IReadOnlyList<string?> actual, int maxRows = 3)
    {
        if (expected.Count != actual.Count)
        {
            yield return $"{where}: {actual.Count} rows, expected {expected.Count}";
        }
        var shown = 0;
        for (var row = 0; row < Math.Min(expected.Count, actual.Count) && shown < maxRows; row++)
        {
            if (!string.Equals(expected[row], actual[row], StringComparison.Ordinal))
            {
                shown++;
                yield return $"{where} row {row}: got {Show(actual[row])}, expected {Show(expected[row])}";
            }
        }
    }

    private static string Show(string? value) => value is null ? "null" : JsonSerializer.Serialize(value.Length > 60 ? value[..60] + "…" : value);
}

/// <summary>A column as our reader returned it: canonical values, and whether any chunk carried a null mask.</summary>
internal sealed record ReadColumn(List<string?> Values, bool AnyNullMask);
