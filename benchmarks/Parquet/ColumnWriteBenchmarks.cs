using Attendance.Parquet;
using BenchmarkDotNet.Attributes;

namespace Attendance.Benchmarks.Parquet;

/// <summary>
/// Writing 1M rows of an appointment-like slice (unique ids, 40 departments, timestamps, a nullable
/// double). Baseline: uncompressed; the others show what snappy and zstd add. Writer throughput
/// depends on the value handlers being structs (the generic chunk encoder is specialised per type)
/// and on the snappy encoder writing into a reused buffer.
/// </summary>
[MemoryDiagnoser]
public class ColumnWriteBenchmarks
{
    private const int Rows = 1_000_000;

    private static readonly ParquetColumnSpec[] Columns =
    [
        new("appointment_id", ParquetValueType.Int64, Nullable: false),
        new("department", ParquetValueType.String, Nullable: false),
        new("start_at", ParquetValueType.Timestamp, Nullable: false),
        new("distance_km", ParquetValueType.Double, Nullable: true),
    ];

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"column-write-bench-{Environment.ProcessId}.parquet");
    private long[] _ids = [];
    private string[] _departments = [];
    private long[] _starts = [];
    private double[] _distances = [];
    private bool[] _distanceNulls = [];

    [GlobalSetup]
    public void Setup()
    {
        var names = Enumerable.Range(0, 40).Select(i => "department " + i).ToArray();
        _ids = [.. Enumerable.Range(0, Rows).Select(i => (long)i)];
        _departments = [.. Enumerable.Range(0, Rows).Select(i => names[i * 7 % names.Length])];
        _starts = [.. Enumerable.Range(0, Rows).Select(i => 1_700_000_000_000_000L + (i * 60_000_000L))];
        _distances = [.. Enumerable.Range(0, Rows).Select(i => i % 1000 / 7.0)];
        _distanceNulls = [.. Enumerable.Range(0, Rows).Select(i => i % 10 == 0)];
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark(Baseline = true)]
    public long Uncompressed() => Write(ParquetCompression.Uncompressed);

    [Benchmark]
    public long Snappy() => Write(ParquetCompression.Snappy);

    [Benchmark]
    public long Zstd() => Write(ParquetCompression.Zstd);

    private long Write(ParquetCompression compression)
    {
        using (var writer = new ParquetFileWriter(_path, Columns, new ParquetWriterOptions { Compression = compression }))
        {
            var batch = writer.CreateBatch(Rows);
            _ids.CopyTo(batch.Values<long>(0));
            _departments.CopyTo(batch.Values<string?>(1));
            _starts.CopyTo(batch.Values<long>(2));
            _distances.CopyTo(batch.Values<double>(3));
            _distanceNulls.CopyTo(batch.Nulls(3));
            batch.Count = Rows;
            writer.Write(batch);
            writer.Complete();
        }

        return new FileInfo(_path).Length;
    }
}
