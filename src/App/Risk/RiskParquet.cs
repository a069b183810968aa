using Attendance.Data.Contract;
using Attendance.Parquet;

namespace Attendance.App.Risk;

/// <summary>The risk list as a Parquet file (our writer): the CSV's columns with their types, timestamps as UTC instants.</summary>
internal static class RiskParquet
{
    private const int BatchRows = 4096;

    private static readonly ParquetColumnSpec[] Columns =
        [.. RiskExportColumn.All.Select(column => new ParquetColumnSpec(column.Name, column.Type, Nullable: true))];

    /// <summary>Writes <paramref name="rows"/> to <paramref name="path"/> (a temporary file renamed on completion).</summary>
    public static void Write(string path, IReadOnlyList<RiskRow> rows, string language)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var writer = new ParquetFileWriter(path, Columns);
        var batch = writer.CreateBatch(BatchRows);
        for (var start = 0; start < rows.Count; start += BatchRows)
        {
            batch.Clear();
            batch.Count = Math.Min(BatchRows, rows.Count - start);
            for (var c = 0; c < Columns.Length; c++)
            {
                var nulls = batch.Nulls(c);
                for (var i = 0; i < batch.Count; i++)
                {
                    var value = RiskExportColumn.All[c].Value(rows[start + i], language);
                    nulls[i] = value is null;
                    switch (value)
                    {
                        case string text: batch.Values<string?>(c)[i] = text; break;
                        case double number: batch.Values<double>(c)[i] = number; break;
                        case DateOnly day: batch.Values<int>(c)[i] = UtcMicros.FromDate(day); break;
                        case DateTimeOffset instant: batch.Values<long>(c)[i] = UtcMicros.FromInstant(instant); break;
                    }
                }
            }
            writer.Write(batch);
        }
        writer.Complete();
    }
}
