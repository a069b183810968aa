namespace Attendance.Benchmarks.Parquet;

/// <summary>The snappy benchmarks' input: one 1 MiB page of PLAIN int64 timestamps, as DuckDB writes them.</summary>
internal static class TimestampPage
{
    public static byte[] Create()
    {
        var values = new long[1 << 17];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = 1_700_000_000_000_000L + (i * 60_000_000L) + (i % 7 * 3_600_000_000L);
        }
        return System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()).ToArray();
    }
}
