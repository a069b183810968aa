using Attendance.Parquet;

namespace Attendance.Benchmarks.Parquet;

/// <summary>A small valid file of every writer value type, some nulls, several row groups and pages.</summary>
internal static class FuzzSeed
{
    private const int Rows = 400;

    public static void Write(string path, ParquetWriterOptions options)
    {
        ParquetColumnSpec[] specs =
        [
            new("b", ParquetValueType.Boolean, false),
            new("i", ParquetValueType.Int32, true),
            new("l", ParquetValueType.Int64, false),
            new("f", ParquetValueType.Float, true),
            new("d", ParquetValueType.Double, false),
            new("s", ParquetValueType.String, true),
            new("day", ParquetValueType.Date, false),
            new("ts", ParquetValueType.Timestamp, true),
        ];
        using var writer = new ParquetFileWriter(path, specs, options);
        var batch = writer.CreateBatch(Rows);
        for (var r = 0; r < Rows; r++)
        {
            batch.Values<bool>(0)[r] = r % 3 == 0;
            batch.Values<int>(1)[r] = r * 37 % 101;
            batch.Nulls(1)[r] = r % 7 == 0;
            batch.Values<long>(2)[r] = r * 1_000_003L;
            batch.Values<float>(3)[r] = r / 8f;
            batch.Nulls(3)[r] = r % 5 == 0;
            batch.Values<double>(4)[r] = r % 11 * 0.5;
            batch.Values<string?>(5)[r] = r % 9 == 0 ? null : "value " + (r % 23);
            batch.Nulls(5)[r] = r % 9 == 0;
            batch.Values<int>(6)[r] = 19_000 + r;
            batch.Values<long>(7)[r] = 1_700_000_000_000_000 + r * 60_000_000L;
            batch.Nulls(7)[r] = r % 4 == 0;
        }
        batch.Count = Rows;
        writer.Write(batch);
        writer.Complete();
    }
}
