using Attendance.Parquet;

namespace Attendance.Data.Tests.Io;

/// <summary>Writes small Parquet files column by column with the project's Parquet writer.</summary>
internal static class RawParquet
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public static string Write(string path, IReadOnlyList<RawColumn> columns)
    {
        var specs = columns.Select(c => new ParquetColumnSpec(c.Name, c.Type, c.Nulls is not null)).ToArray();
        var rows = columns[0].Values.Length;
        using var writer = new ParquetFileWriter(path, specs);
        var batch = writer.CreateBatch(rows);
        for (var i = 0; i < columns.Count; i++)
        {
            switch (columns[i].Values)
            {
                case string?[] v: v.CopyTo(batch.Values<string?>(i)); break;
                case long[] v: v.CopyTo(batch.Values<long>(i)); break;
                case int[] v: v.CopyTo(batch.Values<int>(i)); break;
                case double[] v: v.CopyTo(batch.Values<double>(i)); break;
                case bool[] v: v.CopyTo(batch.Values<bool>(i)); break;
                default: throw new ArgumentException(columns[i].Name);
            }
            columns[i].Nulls?.CopyTo(batch.Nulls(i));
        }
        batch.Count = rows;
        writer.Write(batch);
        writer.Complete();
        return path;
    }

    /// <summary>The required history columns for three valid rows.</summary>
    public static List<RawColumn> MinimalHistory() =>
    [
        RawColumn.Str("appointment_id", "A1", "A2", "A3"),
        RawColumn.Str("patient_id", "P000001", "P000002", "P000001"),
        RawColumn.Ts("booked_at", Start.AddDays(-30), Start.AddDays(-20), Start.AddDays(-10)),
        RawColumn.Ts("start_at", Start, Start.AddDays(1), Start.AddDays(2)),
        RawColumn.Str("outcome", "attended", "no_show", "cancelled"),
    ];

    /// <summary>The required slot columns for three valid rows.</summary>
    public static List<RawColumn> MinimalSlots() =>
    [
        RawColumn.Str("slot_id", "S1", "S2", "S3"),
        RawColumn.Str("site", "SUH", "NSR", "Holbæk"),
        RawColumn.Str("department", "Kardiologi", "Onkologi", "Radiologi"),
        RawColumn.Ts("start_at", Start, Start.AddHours(1), Start.AddHours(2)),
        RawColumn.I32("duration_min", 30, 45, 15),
        RawColumn.Str("kind", "free", "self_book", "free"),
        RawColumn.Str("reserved", null, null, "subacute"),
    ];

    /// <summary>The required waiting-list columns for three valid rows.</summary>
    public static List<RawColumn> MinimalWaitlist() =>
    [
        RawColumn.Str("entry_id", "W1", "W2", "W3"),
        RawColumn.Str("patient_id", "P000001", "P000002", "P000003"),
        RawColumn.Str("department", "Kardiologi", "Onkologi", "Radiologi"),
        RawColumn.I32("duration_min", 30, 45, 15),
        RawColumn.Str("triage", "vulnerable", "unchanged", "routine"),
        RawColumn.Bool("digital_user", true, false, true),
    ];

    /// <summary><paramref name="columns"/> with the column of the same name replaced (or added).</summary>
    public static List<RawColumn> With(this List<RawColumn> columns, RawColumn column)
    {
        var copy = columns.Where(c => c.Name != column.Name).ToList();
        var at = columns.FindIndex(c => c.Name == column.Name);
        copy.Insert(at < 0 ? copy.Count : at, column);
        return copy;
    }

    public static List<RawColumn> Without(this List<RawColumn> columns, string name) => [.. columns.Where(c => c.Name != name)];
}
