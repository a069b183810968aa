using Attendance.Parquet;
using BenchmarkDotNet.Attributes;

namespace Attendance.Benchmarks.Parquet;

/// <summary>
/// Decoding one 1M-row column chunk (snappy, dictionary where it pays, 10% nulls in the nullable
/// columns). The baseline reads the dictionary-encoded strings into fresh arrays; the others reuse
/// a <see cref="ColumnData{T}"/>, as a full scan does. Strings come from one decoded instance per
/// dictionary entry, so the string columns allocate nothing per row.
/// </summary>
[MemoryDiagnoser]
public class ColumnReadBenchmarks
{
    private const int Rows = 1_000_000;
    private readonly ColumnData<string> _strings = new();
    private readonly ColumnData<long> _longs = new();
    private readonly ColumnData<double> _doubles = new();
    private string _path = string.Empty;
    private ParquetFileReader? _reader;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"column-read-bench-{Environment.ProcessId}.parquet");
        ParquetColumnSpec[] columns =
        [
            new("department", ParquetValueType.String, Nullable: false),
            new("start_at", ParquetValueType.Timestamp, Nullable: false),
            new("distance_km", ParquetValueType.Double, Nullable: true),
        ];
        using (var writer = new ParquetFileWriter(_path, columns))
        {
            var batch = writer.CreateBatch(Rows);
            var departments = Enumerable.Range(0, 150).Select(i => "department " + i).ToArray();
            for (var i = 0; i < Rows; i++)
            {
                batch.Values<string?>(0)[i] = departments[i % departments.Length];
                batch.Values<long>(1)[i] = 1_700_000_000_000_000L + (i * 60_000_000L);
                batch.Values<double>(2)[i] = i % 1000 / 7.0;
                batch.Nulls(2)[i] = i % 10 == 0;
            }

            batch.Count = Rows;
            writer.Write(batch);
            writer.Complete();
        }

        _reader = ParquetFileReader.Open(_path);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _reader?.Dispose();
        File.Delete(_path);
    }

    [Benchmark(Baseline = true)]
    public int DictionaryStrings_FreshArrays() => _reader!.ReadColumn<string>(0, "department").Count;

    [Benchmark]
    public int DictionaryStrings_Reused()
    {
        _reader!.ReadColumn(0, "department", _strings);
        return _strings.Count;
    }

    [Benchmark]
    public int PlainTimestamps_Reused()
    {
        _reader!.ReadColumn(0, "start_at", _longs);
        return _longs.Count;
    }

    [Benchmark]
    public int NullableDictionaryDoubles_Reused()
    {
        _reader!.ReadColumn(0, "distance_km", _doubles);
        return _doubles.Count;
    }
}
