using Attendance.Parquet;

namespace Attendance.Benchmarks.Parquet;

/// <summary>Writes the scan benchmark's shape of data (10 columns, 10% null doubles) with our writer.</summary>
internal static class ScanData
{
    private const int BatchRows = 65_536;
    private const long Epoch2023Micros = 1_672_531_200_000_000;

    public static void Write(string path, int rows)
    {
        var departments = Enumerable.Range(0, 40).Select(i => $"dept-{i}").ToArray();
        var visitTypes = Enumerable.Range(0, 250).Select(i => $"visit type {i}").ToArray();
        ParquetColumnSpec[] specs =
        [
            new("appointment_id", ParquetValueType.Int64, false),
            new("patient_id", ParquetValueType.Int64, false),
            new("duration_min", ParquetValueType.Int32, false),
            new("distance_km", ParquetValueType.Double, true),
            new("department", ParquetValueType.String, false),
            new("visit_type", ParquetValueType.String, false),
            new("booked_at", ParquetValueType.Timestamp, false),
            new("start_at", ParquetValueType.Timestamp, false),
            new("reminder_sent", ParquetValueType.Boolean, false),
            new("age", ParquetValueType.Int32, false),
        ];
        using var writer = new ParquetFileWriter(path, specs, new ParquetWriterOptions
        {
            Compression = ParquetCompression.Snappy,
            Dictionary = true,
            RowGroupRows = 1_000_000,
        });
        var batch = writer.CreateBatch(BatchRows);
        for (long first = 0; first < rows; first += BatchRows)
        {
            batch.Clear();
            var count = (int)Math.Min(BatchRows, rows - first);
            var ids = batch.Values<long>(0);
            var patients = batch.Values<long>(1);
            var duration = batch.Values<int>(2);
            var distance = batch.Values<double>(3);
            var distanceNulls = batch.Nulls(3);
            var department = batch.Values<string?>(4);
            var visitType = batch.Values<string?>(5);
            var booked = batch.Values<long>(6);
            var start = batch.Values<long>(7);
            var reminder = batch.Values<bool>(8);
            var age = batch.Values<int>(9);
            for (var r = 0; r < count; r++)
            {
                var i = first + r;
                ids[r] = i;
                patients[r] = (long)((ulong)(i % 1_500_000) * 0x9E3779B97F4A7C15UL % 100_000_000);
                duration[r] = (int)(10 + i * 7 % 50);
                distanceNulls[r] = i % 10 == 7;
                distance[r] = i * 2_654_435_761 % 90_000 / 1000.0;
                department[r] = departments[i * 31 % 40];
                visitType[r] = visitTypes[i * 17 % 250];
                booked[r] = Epoch2023Micros + i * 6_000_000 - i % 97 * 86_400_000_000;
                start[r] = Epoch2023Micros + i * 6_000_000 + i * 13 % 900 * 60_000_000;
                reminder[r] = i % 3 == 0;
                age[r] = (int)(i * 7919 % 100);
            }
            batch.Count = count;
            writer.Write(batch);
        }
        writer.Complete();
    }
}
