using Attendance.Data.Batches;
using Attendance.Data.Generation;
using Attendance.Data.Io;
using BenchmarkDotNet.Attributes;

namespace Attendance.Benchmarks.Data;

/// <summary>
/// A region of about one million history rows (150k patients, 365 days): generation alone (into a sink that
/// drops the batches) and generation written to Parquet (five snappy files).
/// Run: dotnet run -c Release --project benchmarks -- --filter '*RegionGenerator*'
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class RegionGeneratorBenchmarks
{
    private static readonly GeneratorOptions Options = new() { Seed = 5, Patients = 150_000, Days = 365 };
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "attendance-bench-region");

    [Benchmark(Baseline = true)]
    public long GenerateOnly() => new RegionGenerator(Options).Generate(new DroppingSink()).HistoryRows;

    [Benchmark]
    public long GenerateToParquet() => DataFiles.Generate(_folder, Options).HistoryRows;

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private sealed class DroppingSink : IRegionSink
    {
        public void Write(TableBatch batch)
        {
        }
    }
}
